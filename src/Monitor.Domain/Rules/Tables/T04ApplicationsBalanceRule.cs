using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Tables;

/// <summary>Table 三's own cross-check: 一 + 二 = 三(七)总计 + 四, per column.</summary>
public sealed class T04ApplicationsBalanceRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "T04", "表三勾稽关系不平衡（第一项加第二项不等于第三项加第四项）", Severity.Error,
        "国办公开办函〔2021〕30号（表三：第一项加第二项之和，等于第三项加第四项之和）",
        "table-3", "arithmetic");

    private static readonly string[] Incoming = [Table3.NewReceived, Table3.CarriedOver];
    private static readonly string[] Outgoing = [Table3.ResultTotal, Table3.CarryForward];

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.Report.Table(StatTableId.Applications) is not { } table) yield break;
        foreach (var column in Table3.AllColumns)
        {
            if (table.SumRows(Incoming, column) is not { } incoming || table.SumRows(Outgoing, column) is not { } outgoing) continue;
            if (incoming == outgoing) continue;
            yield return Found(table.LocationOf(Table3.ResultTotal, column), TableSums.Show(incoming), TableSums.Show(outgoing),
                $"表三{table.Layout.ColumnLabel(column)}列：第一项加第二项为{TableSums.Show(incoming)}，第三项（七）总计加第四项为{TableSums.Show(outgoing)}，两者应相等。");
        }
    }
}
