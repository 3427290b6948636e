using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Tables;

/// <summary>
/// Table 三: (七)总计 must equal (一)+(二) plus every sub-row of (三)–(六), per column. A group given as one row
/// without its sub-rows (a local variant, S07 warns) counts with its own values.
/// </summary>
public sealed class T03ResultTotalRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "T03", "表三办理结果总计不等于各项办理结果之和", Severity.Error,
        "国办公开办函〔2021〕30号（表三：三、本年度办理结果（七）总计）",
        "table-3", "arithmetic");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.Report.Table(StatTableId.Applications) is not { } table) yield break;
        foreach (var column in Table3.AllColumns)
        {
            if (table.Value(Table3.ResultTotal, column) is not { } total) continue;
            if (ResultSum(table, column) is not { } sum || sum == total) continue;
            yield return Found(table.LocationOf(Table3.ResultTotal, column), TableSums.Show(sum), TableSums.Show(total),
                $"表三“（七）总计”{table.Layout.ColumnLabel(column)}列为{TableSums.Show(total)}，但（一）至（六）各项之和为{TableSums.Show(sum)}。");
        }
    }

    private static decimal? ResultSum(StatTable table, string column)
    {
        var sum = table.SumRows([Table3.Disclosed, Table3.PartlyDisclosed], column);
        foreach (var (group, _, count) in Table3.ResultGroups)
        {
            var subRows = Enumerable.Range(1, count).Select(n => Table3.SubRow(group, n)).ToList();
            var part = subRows.Any(table.HasRow) ? table.SumRows(subRows, column) : table.Value(group, column);
            sum = sum is null || part is null ? null : sum + part;
        }
        return sum;
    }
}
