using System.Globalization;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;
using Monitor.Domain.Registry;
using Monitor.Domain.Rules;
using Monitor.Domain.Summary;
using Spectre.Console;

namespace Monitor.Cli.Output;

/// <summary>The county's compliance table in Chinese, one row per unit in the weekly summary's order (overdue first).</summary>
public static class ComplianceTableWriter
{
    public static void Write(TextWriter output, CountyRegistry registry, IReadOnlyList<SummaryRow> rows, int year)
    {
        var console = PlainConsole.For(output, 200);
        var table = new Table { Title = new TableTitle($"{registry.CountyName} {year}年度政府信息公开工作年度报告合规情况") }
            .AddColumns("单位", "类型", "状态", "发布日期", "错误", "警告", "主要问题");
        foreach (var row in rows)
        {
            var unit = row.Unit;
            var type = registry.FindUnit(unit.UnitId)?.Type.Chinese() ?? "";
            table.AddRow(Markup.Escape(unit.UnitName), type, unit.Status.Chinese(), unit.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—",
                unit.Errors.ToString(CultureInfo.InvariantCulture), unit.Warnings.ToString(CultureInfo.InvariantCulture), Markup.Escape(MainProblems(unit)));
        }
        console.Write(table);
        var byStatus = rows.GroupBy(r => r.Unit.Status).ToDictionary(g => g.Key, g => g.Count());
        console.WriteLine(string.Join("，", Enum.GetValues<FilingStatus>().Select(s => $"{s.Chinese()} {byStatus.GetValueOrDefault(s)}")));
    }

    /// <summary>The distinct error and warning rules of a unit, errors first, with their catalog titles.</summary>
    public static string MainProblems(UnitStanding unit) => string.Join("；", unit.Findings
        .Where(f => f.Severity is Severity.Error or Severity.Warning)
        .OrderBy(f => f.Severity == Severity.Error ? 0 : 1)
        .ThenBy(f => f.RuleId, StringComparer.Ordinal)
        .Select(f => f.RuleId)
        .Distinct()
        .Take(3)
        .Select(id => $"{id} {RuleCatalog.Find(id)?.Title}"));
}
