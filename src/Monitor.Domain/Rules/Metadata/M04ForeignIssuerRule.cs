using System.Text.RegularExpressions;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Metadata;

/// <summary>
/// The report names another body as its issuer, a sign of a copied template: the title's issuer differs
/// from the registered unit, or the text says "本报告由XX编制" naming someone else.
/// The title comparison needs the registered name; the self-description check runs without it. Certainty: certain
/// when the issuer comes from the title or 本报告由…编制; uncertain when a report without a title was read from the
/// subject of its opening sentence, which may be a superior body or a part of the unit.
/// </summary>
public sealed partial class M04ForeignIssuerRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "M04", "报告署名为其他机关", Severity.Error,
        "条例第四十九条（各级行政机关应公布本机关年度报告）", "metadata", "issuer", "template");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var report = context.Report;
        var own = context.RegisteredUnitName ?? report.Issuer;
        if (context.RegisteredUnitName is { } registered && report.Issuer is { } issuer && !SameBody(issuer, registered))
        {
            var finding = Found(new Location(TextSpan: report.Title ?? issuer), registered, issuer,
                $"报告标题或开头署名为“{issuer}”，与发布该报告的单位“{registered}”不一致，可能套用了其他机关的报告。");
            yield return report.IssuerFromOpening
                ? finding.Uncertain($"报告没有标题，“{issuer}”是从正文开头一句的主语读出的，未必是署名。")
                : finding;
        }
        if (own is null) yield break;
        foreach (Match match in SelfDescription().Matches(WholeText.Of(report)))
        {
            var named = match.Groups["body"].Value;
            if (named.StartsWith('本') || named.StartsWith('我') || SameBody(named, own)) continue;
            yield return Found(new Location(TextSpan: match.Value), own, named,
                $"报告自称“{match.Value}”，所写机关“{named}”不是本单位“{own}”，可能套用了其他机关的报告。");
        }
    }

    /// <summary>
    /// Same body when either name contains the other's own name without its county and "人民政府"
    /// ("徐套乡人民政府办公室" and "中宁县徐套乡" are the same body; "中宁县自然资源局" is not).
    /// </summary>
    private static bool SameBody(string a, string b) => Names(a, b) || Names(b, a);

    private static bool Names(string name, string other) =>
        OwnName(other) is { Length: > 0 } own && Core(name).Contains(own, StringComparison.Ordinal);

    private static string Core(string name)
    {
        var trimmed = name.Trim();
        return trimmed.EndsWith("人民政府", StringComparison.Ordinal) ? trimmed[..^4] : trimmed;
    }

    private static string OwnName(string name)
    {
        var core = Core(name);
        var cut = core.Length > 1 ? core[..^1].LastIndexOfAny(['县', '区', '市', '旗']) : -1;
        return core[(cut + 1)..];
    }

    [GeneratedRegex(@"本(?:年度)?报告由(?<body>[\p{IsCJKUnifiedIdeographs}]{2,20}?)(?:负责)?(?:编制|制作|编写|起草)")]
    private static partial Regex SelfDescription();
}
