using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Quality;

/// <summary>
/// Narrative ≥ 80% similar to another unit's report of the same year, unit names masked. A county-year checked as a
/// whole comes with a <see cref="NearDuplicateIndex"/>: only its candidates are measured, which finds the same pairs
/// without comparing every report with every other one.
/// </summary>
public sealed class Q03CopiedFromPeerRule : ReportRule
{
    private const double WarningAt = 0.80;

    public override RuleDescriptor Descriptor { get; } = new(
        "Q03", "报告正文与其他单位同年度报告高度雷同", Severity.Warning,
        "条例第四十九条（各行政机关编制本机关年度报告）", "quality", "similarity");

    protected override string? MissingContext(ReportContext context) =>
        context.HasPeers ? null : "未提供本县（区）其他单位同年度报告，无法比较雷同程度。";

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var report = context.Report;
        // Masking the registered name as well matters only when it differs from the issuer the report gives.
        var own = context.RegisteredUnitName is { } registered && registered != report.Issuer
            ? NarrativeSimilarity.FingerprintOf(report.FullText, [report.Issuer, registered])
            : NarrativeSimilarity.PeerFingerprintOf(report);
        var peers = context.PeerIndex?.Candidates(report) ?? context.Peers.Where(p => !ReferenceEquals(p, report));
        foreach (var peer in peers)
        {
            var similarity = NarrativeSimilarity.Between(own, NarrativeSimilarity.PeerFingerprintOf(peer));
            if (similarity < WarningAt) continue;
            var other = peer.Issuer ?? peer.Title ?? "另一单位";
            yield return Found(new Location(TextSpan: other), $"低于{WarningAt:P0}", $"{similarity:P0}",
                $"报告正文与“{other}”同年度报告的相似度为{similarity:P0}（已屏蔽单位名称和数字），疑似套用他人报告。");
        }
    }
}
