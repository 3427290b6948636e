using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Filing;

/// <summary>
/// The report changed after it was first captured. A filing rule over the capture history rather than a report
/// rule: the evidence is two stored captures with different hashes, not anything inside one report.
/// </summary>
public sealed class F04ChangedAfterCaptureRule : FilingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "F04", "报告发布后被修改", Severity.Warning,
        "条例第四十九条（公开内容应准确、稳定）；存证要求", "filing", "history");

    protected override IEnumerable<Finding> Check(FilingContext context)
    {
        // Versions are counted per source URL: a detail page and its PDF attachment differ, but neither changed.
        foreach (var source in context.Captures.GroupBy(c => c.Location ?? "", StringComparer.Ordinal))
        {
            var versions = source
                .GroupBy(c => c.ContentHash, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.MinBy(c => c.FirstSeenAt)!)
                .OrderBy(c => c.FirstSeenAt)
                .ToList();
            if (versions.Count < 2) continue;
            var first = versions[0];
            foreach (var later in versions.Skip(1))
            {
                yield return Found(Short(first.ContentHash), Short(later.ContentHash),
                    $"{context.UnitName}的{context.ReportYear}年度报告在首次采集（{ChinaTime.DateOf(first.FirstSeenAt):yyyy年M月d日}）后被修改，" +
                    $"{ChinaTime.DateOf(later.FirstSeenAt):yyyy年M月d日}采集到不同内容；两个版本均已保存。");
            }
        }
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
