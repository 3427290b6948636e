using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Quality;

/// <summary>Part 五 problems nearly identical to last year's: the problems recur unaddressed.</summary>
public sealed class Q04RecurringProblemsRule : ReportRule
{
    private const double NearlyIdenticalAt = 0.80;

    public override RuleDescriptor Descriptor { get; } = new(
        "Q04", "存在问题与上年度基本相同", Severity.Warning,
        "条例第五十条第（四）项（存在的主要问题及改进情况）", "quality", "part-5", "similarity");

    protected override string? MissingContext(ReportContext context) =>
        context.PreviousYear is null ? "未提供该单位上一年度报告，无法比较存在问题是否重复。" : null;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var current = context.Report.Part(PartNumber.ProblemsAndImprovements);
        var previous = context.PreviousYear!.Part(PartNumber.ProblemsAndImprovements);
        if (current is null || previous is null) yield break;
        var similarity = NarrativeSimilarity.Of(current.Text, previous.Text,
            [context.Report.Issuer, context.PreviousYear.Issuer, context.RegisteredUnitName]);
        if (similarity < NearlyIdenticalAt) yield break;
        yield return Found(Location.InPart(PartNumber.ProblemsAndImprovements.Label()), "与上年不同的问题及改进情况", $"相似度{similarity:P0}",
            $"“五、存在的主要问题及改进情况”与上一年度报告的相似度为{similarity:P0}，所列问题似未整改。");
    }
}
