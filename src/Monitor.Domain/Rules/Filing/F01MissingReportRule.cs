using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Filing;

/// <summary>
/// No report for a registered unit-year after its deadline. Never while the site is unreachable (F05) or its column
/// is not understood (F06): only a column that was read and understood can show that a report is missing.
/// </summary>
public sealed class F01MissingReportRule : FilingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "F01", "逾期未公开年度报告", Severity.Error,
        "条例第四十九条（每年1月31日前公布本机关上一年度报告）；县级通知确定的乡镇期限", "filing", "deadline");

    protected override IEnumerable<Finding> Check(FilingContext context)
    {
        if (context.Captures.Count > 0 || context.ListingUnreachable || context.ListingNotUnderstood is not null) yield break;
        if (!DeadlinePolicy.IsOverdueOn(context.Deadline, context.Today)) yield break;
        var days = context.Today.DayNumber - context.Deadline.DayNumber;
        yield return Found($"{context.Deadline:yyyy年M月d日}前公开", "未公开",
            $"{context.UnitName}的{context.ReportYear}年政府信息公开工作年度报告截至{context.Today:yyyy年M月d日}仍未公开，已超过期限（{context.Deadline:yyyy年M月d日}）{days}天。");
    }
}
