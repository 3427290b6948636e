using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Quality;

/// <summary>Narrative ≥ 80% similar to the same unit's previous-year report (error at ≥ 95%).</summary>
public sealed class Q02CopiedFromLastYearRule : ReportRule
{
    private const double WarningAt = 0.80;
    private const double ErrorAt = 0.95;

    public override RuleDescriptor Descriptor { get; } = new(
        "Q02", "报告正文与上年度报告高度雷同", Severity.Warning,
        "条例第五十条（报告本年度工作情况）", "quality", "similarity");

    protected override string? MissingContext(ReportContext context) =>
        context.PreviousYear is null ? "未提供该单位上一年度报告，无法比较雷同程度。" : null;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var previous = context.PreviousYear!;
        var similarity = NarrativeSimilarity.Of(context.Report.FullText, previous.FullText,
            [context.Report.Issuer, previous.Issuer, context.RegisteredUnitName]);
        if (similarity < WarningAt) yield break;
        var severity = similarity >= ErrorAt ? Severity.Error : Severity.Warning;
        yield return Found(severity, Location.Document, $"低于{WarningAt:P0}", $"{similarity:P0}",
            $"报告正文与本单位上一年度报告的相似度为{similarity:P0}，疑似照搬上年报告。");
    }
}
