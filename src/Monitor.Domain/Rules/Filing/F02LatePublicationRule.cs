using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Filing;

/// <summary>Published after the deadline, by the page's own publication date.</summary>
public sealed class F02LatePublicationRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "F02", "逾期公开年度报告", Severity.Error,
        "条例第四十九条（每年1月31日前公布本机关上一年度报告）；县级通知确定的乡镇期限", "filing", "deadline");

    protected override string? MissingContext(ReportContext context) =>
        context.PublishedOn is null ? "页面未标注发布日期，无法判断是否逾期。"
        : context.Deadline is null ? "未提供该单位本年度的公开期限，无法判断是否逾期。"
        : null;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var published = context.PublishedOn!.Value;
        var deadline = context.Deadline!.Value;
        if (published <= deadline) yield break;
        var days = published.DayNumber - deadline.DayNumber;
        yield return Found(Location.Document, $"{deadline:yyyy年M月d日}前", $"{published:yyyy年M月d日}",
            $"报告于{published:yyyy年M月d日}发布，超过公开期限（{deadline:yyyy年M月d日}）{days}天。");
    }
}
