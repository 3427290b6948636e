using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Filing;

/// <summary>
/// The unit's column answers but no listing reader understands it (no entries at all, an application shell whose
/// list API gave nothing readable, JSON of an unknown shape). Reported instead of F01: the monitor cannot tell
/// whether the report is there, and saying "missing" would send the county office after a unit that did its job.
/// </summary>
public sealed class F06UnrecognisedListingRule : FilingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "F06", "栏目无法识别", Severity.Warning,
        "条例第二十三条（通过政府网站公开）；监测自身：栏目能访问但无法读取其列表", "filing", "crawl");

    protected override IEnumerable<Finding> Check(FilingContext context)
    {
        if (context.ListingNotUnderstood is not { } why || context.Captures.Count > 0 || context.ListingUnreachable) yield break;
        yield return new Finding(Descriptor.Id, Descriptor.Severity, new Location(TextSpan: context.NotUnderstoodUrl), "可识别的栏目列表", why,
            $"{context.UnitName}的公开栏目{context.NotUnderstoodUrl}能够访问，但监测系统无法识别其列表（{why}），无法判断其{context.ReportYear}年度报告是否已公开，请人工查看并核对登记表中的栏目网址。");
    }
}
