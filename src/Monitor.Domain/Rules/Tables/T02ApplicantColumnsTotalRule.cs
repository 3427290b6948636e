using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Tables;

/// <summary>Table 三: each row's 总计 must equal the sum of its six applicant columns.</summary>
public sealed class T02ApplicantColumnsTotalRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "T02", "表三某行总计不等于各类申请人之和", Severity.Error,
        "国办公开办函〔2021〕30号（表三：总计为自然人、法人或其他组织各列之和）",
        "table-3", "arithmetic");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.Report.Table(StatTableId.Applications) is not { } table) yield break;
        foreach (var row in table.Layout.Rows)
        {
            if (table.Value(row.Key, Table3.Total) is not { } total) continue;
            if (table.SumColumns(row.Key, Table3.ApplicantColumns) is not { } sum || sum == total) continue;
            yield return Found(table.LocationOf(row.Key, Table3.Total), TableSums.Show(sum), TableSums.Show(total),
                $"表三“{row.Label}”的总计为{TableSums.Show(total)}，但六类申请人之和为{TableSums.Show(sum)}。");
        }
    }
}
