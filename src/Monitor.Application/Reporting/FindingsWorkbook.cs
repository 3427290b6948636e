using System.Data;
using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using MiniExcelLibs.Attributes;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Registry;
using Monitor.Domain.Review;
using Monitor.Domain.Rules;
using Monitor.Domain.Summary;

namespace Monitor.Application.Reporting;

/// <summary>
/// The county's findings with their review state as an Excel workbook for the leadership: the unit overview, then one
/// sheet per review state (待核实, 已确认, 已排除, 已整改). Chinese headers, the header row frozen, widths that fit.
/// </summary>
public static class FindingsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string OverviewSheet = "单位概况";

    private static readonly string[] OverviewColumns =
        ["单位", "类型", "状态", "期限", "发布日期", "错误", "警告", "需人工核实", "待核实", "已确认", "已排除", "已整改", "报告网址"];

    private static readonly int[] OverviewWidths = [28, 10, 12, 12, 12, 8, 8, 12, 10, 10, 10, 10, 50];

    private static readonly string[] FindingColumns =
        ["单位", "规则", "规则名称", "级别", "位置", "应为", "实际", "引文", "说明", "审核理由", "更新时间（北京时间）", "整改版本"];

    private static readonly int[] FindingWidths = [28, 8, 24, 12, 30, 16, 16, 40, 60, 30, 20, 40];

    public static byte[] Render(CountyRegistry registry, int year, IReadOnlyList<UnitStanding> standings, IReadOnlyList<ReviewRecord> reviews)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        var byUnit = reviews.GroupBy(r => r.UnitId, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var overview = Table(OverviewColumns);
        foreach (var u in standings)
        {
            var unit = registry.FindUnit(u.UnitId);
            var states = byUnit.GetValueOrDefault(u.UnitId) ?? [];
            overview.Rows.Add(Values(
                u.UnitName, unit?.Type.Chinese(), u.Status.Chinese(),
                unit is null ? null : registry.Deadlines.DeadlineFor(unit.Type, year).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                u.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), u.Errors, u.Warnings, u.ToVerify,
                states.Count(r => r.State == ReviewState.New), states.Count(r => r.State == ReviewState.Confirmed),
                states.Count(r => r.State == ReviewState.Dismissed), states.Count(r => r.State == ReviewState.Fixed), u.PublishedUrl));
        }
        sheets[OverviewSheet] = overview;
        var names = standings.ToDictionary(s => s.UnitId, s => s.UnitName, StringComparer.OrdinalIgnoreCase);
        foreach (var state in Enum.GetValues<ReviewState>())
        {
            // A table, not a list of rows: a state without findings still gets its header row.
            var sheet = Table(FindingColumns);
            foreach (var r in reviews.Where(r => r.State == state)
                .OrderBy(r => names.GetValueOrDefault(r.UnitId, r.UnitId), StringComparer.Ordinal).ThenBy(r => r.RuleId, StringComparer.Ordinal))
            {
                sheet.Rows.Add(Values(
                    names.GetValueOrDefault(r.UnitId, r.UnitId), r.RuleId, RuleCatalog.Find(r.RuleId)?.Title, Level(r), r.Location, r.Expected, r.Found,
                    r.Evidence, r.Message, r.Reason, r.UpdatedAt.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), r.FixedBy));
            }
            sheets[state.Chinese()] = sheet;
        }

        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            FreezeColumnCount = 0,
            DynamicColumns = [.. Columns(OverviewColumns, OverviewWidths), .. Columns(FindingColumns, FindingWidths).Where(c => !OverviewColumns.Contains(c.Key))],
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: configuration);
        return stream.ToArray();
    }

    private static string Level(ReviewRecord r) =>
        (r.Severity switch { "error" => "错误", "warning" => "警告", _ => "提示" }) + (r.Uncertain ? "（需人工核实）" : "");

    private static DataTable Table(string[] columns)
    {
        var table = new DataTable();
        foreach (var column in columns) table.Columns.Add(column, typeof(object));
        return table;
    }

    private static object[] Values(params object?[] values) => [.. values.Select(v => v ?? DBNull.Value)];

    private static IEnumerable<DynamicExcelColumn> Columns(string[] names, int[] widths) =>
        names.Select((name, i) => new DynamicExcelColumn(name) { Width = widths[i] });
}
