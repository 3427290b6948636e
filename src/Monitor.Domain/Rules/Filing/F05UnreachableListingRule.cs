using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Filing;

/// <summary>The unit's listing pages failed N crawls in a row; reported instead of F01 (never "missing").</summary>
public sealed class F05UnreachableListingRule : FilingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "F05", "单位公开栏目连续无法访问", Severity.Warning,
        "条例第二十三条（通过政府网站公开）", "filing", "crawl");

    protected override IEnumerable<Finding> Check(FilingContext context)
    {
        if (context.ConsecutiveFailures < context.FailureThreshold) yield break;
        yield return Found($"少于{context.FailureThreshold}次连续失败", $"连续{context.ConsecutiveFailures}次失败",
            $"{context.UnitName}的政府信息公开栏目已连续{context.ConsecutiveFailures}次无法访问，无法确认其{context.ReportYear}年度报告是否公开。");
    }
}
