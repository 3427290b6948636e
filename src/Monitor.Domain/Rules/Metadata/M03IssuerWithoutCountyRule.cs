using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Metadata;

/// <summary>
/// A township or street office named without its county/district is ambiguous (many counties have a 大寨镇).
/// County-level bodies and departments are judged the same way: their name must carry the 县/区/市/旗.
/// </summary>
public sealed class M03IssuerWithoutCountyRule : ReportRule
{
    private static readonly char[] CountyMarkers = ['县', '区', '市', '旗', '州'];

    public override RuleDescriptor Descriptor { get; } = new(
        "M03", "发布机关名称未冠县（区）名", Severity.Warning,
        "条例第四十九条、第五十条（年度报告由各级行政机关编制公布）", "metadata", "issuer");

    protected override string? MissingContext(ReportContext context) =>
        string.IsNullOrWhiteSpace(context.Report.Issuer) ? "报告标题或开头未识别出发布机关名称，无法判断是否冠有县（区）名。" : null;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var issuer = context.Report.Issuer!.Trim();
        var core = issuer.EndsWith("人民政府", StringComparison.Ordinal) ? issuer[..^4] : issuer;
        // The marker must precede the unit's own name: "大寨镇" has none, "中宁县徐套乡" has 县 before 徐套乡.
        if (core.Length > 1 && core[..^1].IndexOfAny(CountyMarkers) >= 0) yield break;
        if (context.EffectiveUnitType == UnitType.CountyGovernment) yield break;

        yield return Found(new Location(TextSpan: context.Report.Title ?? issuer), "县（区）名＋单位名称", issuer,
            $"报告发布机关仅写作“{issuer}”，未冠所属县（区）名称，难以确定具体单位。");
    }
}
