using System.Text.RegularExpressions;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Metadata;

/// <summary>
/// A township, street office or department named without its county/district is ambiguous (many counties have a
/// 大寨镇 and every county has a 教育局). The report is judged as a whole: a title "黄金园街道…" whose signature or
/// address reads "望城区黄金园街道办事处" does name its district. County-level bodies (县/区/市/旗 governments,
/// development zones and new areas, which are county-level themselves) need no prefix.
/// </summary>
public sealed partial class M03IssuerWithoutCountyRule : ReportRule
{
    private const string CountyMarkers = "县区市旗州";

    public override RuleDescriptor Descriptor { get; } = new(
        "M03", "发布机关名称未冠县（区）名", Severity.Warning,
        "条例第四十九条、第五十条（年度报告由各级行政机关编制公布）", "metadata", "issuer");

    protected override string? MissingContext(ReportContext context) =>
        string.IsNullOrWhiteSpace(context.Report.Issuer) ? "报告标题或开头未识别出发布机关名称，无法判断是否冠有县（区）名。" : null;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var issuer = context.Report.Issuer!.Trim();
        var core = issuer.EndsWith("人民政府", StringComparison.Ordinal) ? issuer[..^4] : issuer;
        if (context.EffectiveUnitType == UnitType.CountyGovernment) yield break;
        if (UnitTypes.IsCountyLevelZone(core)) yield break;
        // The marker must follow a place name and precede the unit's own name: "中宁县徐套乡" has one, "大寨镇",
        // "区秦岭保护局" (the district unnamed) and "市场监管局" (市场 is not a city) have none.
        if (core.Length > 2 && core[1..^1].IndexOfAny(CountyMarkers.ToCharArray()) >= 0) yield break;
        var own = core.TrimStart(CountyMarkers.ToCharArray());
        if (own.Length >= 2 && NamedWithCounty(WholeText.Of(context.Report), own)) yield break;

        yield return Found(new Location(TextSpan: context.Report.Title ?? issuer), "县（区）名＋单位名称", issuer,
            $"报告发布机关仅写作“{issuer}”，全文也未见冠有所属县（区）名称的单位全称，难以确定具体单位。");
    }

    /// <summary>True when the text names the unit with a place before a county marker ("望城区黄金园街道").</summary>
    private static bool NamedWithCounty(string text, string own)
    {
        for (var at = text.IndexOf(own, StringComparison.Ordinal); at >= 0; at = text.IndexOf(own, at + 1, StringComparison.Ordinal))
        {
            var before = text.AsSpan(Math.Max(0, at - 8), at - Math.Max(0, at - 8)).ToString();
            if (PlaceWithMarker().IsMatch(before)) return true;
        }
        return false;
    }

    /// <summary>A place name (its last character not 全/本/我/各/该/辖: "全区" is no place) and a county marker, just before the unit.</summary>
    [GeneratedRegex(@"[^全本我各该辖\P{IsCJKUnifiedIdeographs}](?:自治县|自治旗|[县区市旗])$")]
    private static partial Regex PlaceWithMarker();
}
