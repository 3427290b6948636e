using System.Text.RegularExpressions;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Metadata;

/// <summary>
/// Statements about the reporting period that name another year ("截至2021年底" or "2022年，我镇…" in a
/// report on 2023) usually survive from an earlier report that was copied. Later years are allowed in
/// "YYYY年，我镇…" because part 五 legitimately states next year's plans.
/// </summary>
public sealed partial class M06StaleYearRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "M06", "报告期表述年份错误（疑似沿用往年报告）", Severity.Warning,
        "条例第五十条（报告本行政机关上一年度情况）", "metadata", "year", "template");

    protected override string? MissingContext(ReportContext context) =>
        ReportYear(context) is null ? "未能确定报告年度（标题、统计期限和应报告年度均缺失），无法检查年份表述。" : null;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var year = ReportYear(context)!.Value;
        var text = context.Report.FullText;
        foreach (Match match in YearEnd().Matches(text))
        {
            var named = int.Parse(match.Groups["year"].Value);
            if (named != year) yield return Stale(match, year, named);
        }
        foreach (Match match in YearOpening().Matches(text).Concat(SummedUpYear().Matches(text)))
        {
            var named = int.Parse(match.Groups["year"].Value);
            if (named < year) yield return Stale(match, year, named);
        }
    }

    private Finding Stale(Match match, int year, int named) =>
        Found(new Location(TextSpan: match.Value), $"{year}年", $"{named}年",
            $"报告是{year}年度报告，但“{match.Value}”写的是{named}年，疑似沿用往年报告内容。");

    private static int? ReportYear(ReportContext context) =>
        context.Report.ReportYear ?? context.Report.Period?.End?.Year ?? context.EffectiveExpectedYear;

    [GeneratedRegex(@"截[至止](?<year>20\d{2})年(?:底|末|12月31日)")]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"(?<year>20\d{2})年[，,]\s*我(?:镇|乡|街道|局|委|办|单位|县|区|机关)")]
    private static partial Regex YearOpening();

    /// <summary>The year whose work the report says it sums up: "结合2024年东山街道政府信息公开工作实际，编制本报告".</summary>
    [GeneratedRegex(@"(?:结合|总结|回顾)(?<year>20\d{2})年度?[^，,。；;]{0,20}?政府信息公开工作")]
    private static partial Regex SummedUpYear();
}
