using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Tables;

/// <summary>A count that is negative or fractional; only 行政事业性收费 (万元) may carry decimals.</summary>
public sealed class T06InvalidCountRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "T06", "表格数值为负数或非整数", Severity.Error,
        "国办公开办函〔2021〕30号（件数、数量为非负整数；仅收费金额以万元计可有小数）",
        "table", "arithmetic");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        foreach (var (table, row, column, cell) in context.Report.PresentCells())
        {
            if (cell.Value is not { } value) continue;
            var isAmount = column == Table2.Amount;
            var problem = value < 0 ? "负数" : !isAmount && value != decimal.Truncate(value) ? "小数" : null;
            if (problem is null) continue;
            yield return Found(table.LocationOf(row.Key, column), isAmount ? "非负数" : "非负整数", cell.Raw,
                $"{table.Id.Chinese()}“{row.Label}”“{table.Layout.ColumnLabel(column)}”为{cell.Raw}，{(isAmount ? "金额" : "件数")}不能是{problem}。");
        }
    }
}
