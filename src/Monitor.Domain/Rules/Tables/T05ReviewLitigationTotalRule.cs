using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Tables;

/// <summary>Table 四: each group's 总计 must equal 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
public sealed class T05ReviewLitigationTotalRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "T05", "表四总计不等于各项结果之和", Severity.Error,
        "国办公开办函〔2021〕30号（表四：行政复议、行政诉讼各组总计）",
        "table-4", "arithmetic");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.Report.Table(StatTableId.ReviewsAndLitigation) is not { } table) yield break;
        foreach (var group in Table4.Groups)
        {
            if (table.Value(group, Table4.Total) is not { } total) continue;
            if (table.SumColumns(group, Table4.OutcomeColumns) is not { } sum || sum == total) continue;
            yield return Found(table.LocationOf(group, Table4.Total), TableSums.Show(sum), TableSums.Show(total),
                $"表四“{table.Layout.RowLabel(group)}”总计为{TableSums.Show(total)}，但结果维持、结果纠正、其他结果、尚未审结之和为{TableSums.Show(sum)}。");
        }
    }
}
