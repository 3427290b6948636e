using System.Text.RegularExpressions;
using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Quality;

/// <summary>
/// Part 五 that says nothing: under ~80 characters, or naming neither a concrete problem nor a concrete
/// measure (no wording of a shortcoming and no wording of an action).
/// </summary>
public sealed partial class Q01BoilerplateProblemsRule : ReportRule
{
    private const int MinimumLength = 80;

    public override RuleDescriptor Descriptor { get; } = new(
        "Q01", "存在问题及改进情况流于形式", Severity.Warning,
        "条例第五十条第（四）项；国办公开办函〔2021〕30号（第五部分）", "quality", "part-5");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.Report.Part(PartNumber.ProblemsAndImprovements) is not { } part) yield break;
        var text = Whitespace().Replace(part.Text, "");
        var location = Location.InPart(PartNumber.ProblemsAndImprovements.Label());
        if (text.Length < MinimumLength)
        {
            yield return Found(location, $"不少于{MinimumLength}字，写明具体问题和改进措施", $"{text.Length}字",
                $"“五、存在的主要问题及改进情况”仅{text.Length}字，未具体说明存在的问题和改进措施。");
        }
        else if (!Problem().IsMatch(text) && !Measure().IsMatch(text))
        {
            yield return Found(location, "具体问题和改进措施", "无具体内容",
                "“五、存在的主要问题及改进情况”未写明具体问题，也未写明具体改进措施。");
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("不够|不足|不到位|不及时|不完善|不全面|不规范|不高|不强|有待|欠缺|较少|单一|滞后|薄弱|短板|问题")]
    private static partial Regex Problem();

    [GeneratedRegex("加强|进一步|推进|完善|提升|提高|健全|落实|开展|组织|培训|规范|强化|优化")]
    private static partial Regex Measure();
}
