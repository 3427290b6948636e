using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Filing;

/// <summary>The page gives no publication date; the first capture time stands in as "no later than".</summary>
public sealed class F03NoPublicationDateRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "F03", "页面未标注发布日期", Severity.Info,
        "条例第四十九条（公开期限）", "filing", "date");

    /// <summary>A report read from a local file has no page at all: nothing to say about the page's date.</summary>
    protected override string? MissingContext(ReportContext context) =>
        context.PublishedOn is null && context.FirstSeenAt is null ? "未提供发布页面信息（发布日期或首次采集时间），无法判断。" : null;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.PublishedOn is not null || context.FirstSeenAt is not { } seen) yield break;
        var date = ChinaTime.DateOf(seen);
        yield return Found(Location.Document, "发布日期", $"不晚于{date:yyyy年M月d日}",
            $"页面未标注发布日期；本系统首次发现该报告的时间为{date:yyyy年M月d日}，发布时间不晚于该日。");
    }
}
