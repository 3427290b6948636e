using System.Text.RegularExpressions;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Quality;

/// <summary>
/// Drafting guidance of the national format left in the report, placeholders (XX, ××, 【】) never filled in, or a
/// count left blank ("主动公开信息  条").
/// The phrases are the format's own instructions to drafters (国办公开办函〔2021〕30号 附件).
/// </summary>
public sealed partial class Q05LeftoverGuidanceRule : ReportRule
{
    private static readonly string[] GuidancePhrases =
    [
        "重在聚焦主题主线",
        "主要报告本机关上一年度",
        "主要报告本行政机关",
        "对照上一年度报告中提出的问题",
        "如实反映存在的主要问题",
        "说明问题整改情况",
        "报告内容要求",
    ];

    public override RuleDescriptor Descriptor { get; } = new(
        "Q05", "残留格式填写说明或未填写的占位符", Severity.Warning,
        "国办公开办函〔2021〕30号（年度报告格式及填写说明）", "quality", "template");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var text = WholeText.Of(context.Report);
        foreach (var phrase in GuidancePhrases.Where(p => text.Contains(p, StringComparison.Ordinal)))
        {
            yield return Found(new Location(TextSpan: phrase), "本单位实际情况", phrase,
                $"报告中残留格式的填写说明“{phrase}”，未替换为本单位实际内容。");
        }
        foreach (var placeholder in Placeholder().Matches(text).Select(m => m.Value).Distinct())
        {
            yield return Found(new Location(TextSpan: placeholder), "实际内容", placeholder,
                $"报告中有未填写的占位符“{placeholder}”。");
        }
        foreach (var blank in BlankCount().Matches(text).Select(m => m.Value).Distinct())
        {
            var shown = string.Join(" ", blank.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
            yield return Found(new Location(TextSpan: shown), "数量", "空白",
                $"报告中“{shown}”处的数量未填写（留有空白）。");
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|×{2,}|【\s*】|【[^】\n]{1,12}(?:名称|单位|时间|日期|数量)】")]
    private static partial Regex Placeholder();

    /// <summary>A count left blank: "2020 年主动公开信息  条。" (two or more spaces where the number belongs).</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{2,6}[ \u3000]{2,}(?:条|件|篇|项)(?=[。，,；;、）)])")]
    private static partial Regex BlankCount();
}
