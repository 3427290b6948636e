using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Filing;

/// <summary>The page gives no publication date; the first capture time stands in as "no later than".</summary>
public sealed class F03NoPublicationDateRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "F03", "页面未标注发布日期", Severity.Info,
        "条例第四十九条（公开期限）", "filing", "date");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.PublishedOn is not null) yield break;
        if (context.FirstSeenAt is { } seen)
        {
            var date = ChinaTime.DateOf(seen);
            yield return Found(Location.Document, "发布日期", $"不晚于{date:yyyy年M月d日}",
                $"页面未标注发布日期；本系统首次发现该报告的时间为{date:yyyy年M月d日}，发布时间不晚于该日。");
        }
        else
        {
            yield return Found(Location.Document, "发布日期", "未标注", "页面未标注发布日期。");
        }
    }
}
