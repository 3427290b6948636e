using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Tables;

/// <summary>A value cell that is blank, "/", "—", "-" or other text where the format wants a number.</summary>
public sealed class T01NonNumericCellRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "T01", "表格数值单元格为空或非数字", Severity.Warning,
        "国办公开办函〔2021〕30号（年度报告格式，表二、表三、表四须填写数字）",
        "table", "format");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        foreach (var (table, row, column, cell) in context.Report.PresentCells())
        {
            if (cell.IsNumeric) continue;
            var found = cell.Raw.Length == 0 ? "（空白）" : cell.Raw;
            yield return Found(table.LocationOf(row.Key, column), "数字", found,
                $"{table.Id.Chinese()}“{row.Label}”“{table.Layout.ColumnLabel(column)}”应填写数字，实际为“{found}”，核算时按0处理。");
        }
    }
}
