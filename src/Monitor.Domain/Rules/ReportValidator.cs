using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Tables;

namespace Monitor.Domain.Rules;

/// <summary>All findings and skipped rules of one report.</summary>
public sealed record ValidationResult(IReadOnlyList<Finding> Findings, IReadOnlyList<SkippedRule> Skipped)
{
    /// <summary>True when a certain error was found; an uncertain one (需人工核实) waits for a reviewer.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error && f.IsCertain);

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Findings filtered by rule ID or tag (alerts take errors; the summary takes all).</summary>
    public IEnumerable<Finding> WithSeverityAtLeast(Severity severity) => Findings.Where(f => f.Severity >= severity);
}

/// <summary>Runs every report rule of the catalog on one report with its context.</summary>
public sealed class ReportValidator(IEnumerable<ReportRule> rules)
{
    public ReportValidator() : this(RuleCatalog.ReportRules)
    {
    }

    private readonly IReadOnlyList<ReportRule> rules = [.. rules];

    public ValidationResult Validate(ReportContext context)
    {
        var findings = new List<Finding>();
        var skipped = new List<SkippedRule>();
        foreach (var rule in rules)
        {
            var evaluation = rule.Evaluate(context);
            if (evaluation.SkippedBecause is { } reason) skipped.Add(new SkippedRule(rule.Descriptor.Id, reason));
            else findings.AddRange(evaluation.Findings.Select(f => Qualified(f, context.Report)));
        }
        return new ValidationResult(findings, skipped);
    }

    /// <summary>
    /// Arithmetic over a table with blank or non-numeric cells counts them as 0 (T01 reports the cells): a sum that
    /// disagrees may only reflect what the unit left empty, so table findings on such a table are uncertain.
    /// </summary>
    private static Finding Qualified(Finding finding, AnnualReport report)
    {
        if (!finding.IsCertain || finding.RuleId == "T01" || finding.Location.Table is not { } tableName) return finding;
        if (finding.RuleId[0] is not ('T' or 'N')) return finding;
        var table = report.Tables.Values.FirstOrDefault(t => t.Id.Chinese() == tableName);
        if (table is null || table.Cells.Values.All(c => c.IsNumeric)) return finding;
        return finding.Uncertain($"{tableName}有空白或非数字单元格（核算时按0处理），此项核算结果须人工核实。");
    }
}
