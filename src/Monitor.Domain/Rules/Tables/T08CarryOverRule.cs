using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Tables;

/// <summary>This year's 二、上年结转 must equal last year's 四、结转下年度继续办理 of the same unit.</summary>
public sealed class T08CarryOverRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "T08", "上年结转与上一年度报告结转下年度数量不一致", Severity.Warning,
        "国办公开办函〔2021〕30号（表三 二、上年结转；四、结转下年度继续办理）",
        "table-3", "context:previous-year");

    protected override string? MissingContext(ReportContext context) =>
        context.PreviousYear is null ? "缺少该单位上一年度的报告，无法核对上年结转数量。" : null;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.Report.Table(StatTableId.Applications) is not { } table
            || context.PreviousYear?.Table(StatTableId.Applications) is not { } previous) yield break;
        foreach (var column in Table3.AllColumns)
        {
            if (table.Value(Table3.CarriedOver, column) is not { } carried || previous.Value(Table3.CarryForward, column) is not { } forwarded) continue;
            if (carried == forwarded) continue;
            yield return Found(table.LocationOf(Table3.CarriedOver, column), TableSums.Show(forwarded), TableSums.Show(carried),
                $"表三“二、上年结转”{table.Layout.ColumnLabel(column)}列为{TableSums.Show(carried)}，上一年度报告“四、结转下年度继续办理”为{TableSums.Show(forwarded)}。");
        }
    }
}
