using System.Text.RegularExpressions;

namespace Monitor.Domain.Rules.Narrative.Statements;

/// <summary>Administrative reconsideration (行政复议) or litigation (行政诉讼), the two figures of table 四.</summary>
public enum CaseKind
{
    Review,
    Litigation,
}

/// <summary>A number of 行政复议/行政诉讼 cases stated in the narrative; "无…行政复议、行政诉讼" states 0 for both.</summary>
public sealed record CaseStatement(CaseKind Kind, decimal Count, string Text);

public static partial class CaseStatements
{
    public static IEnumerable<CaseStatement> In(string sentence)
    {
        if (!sentence.Contains("行政复议", StringComparison.Ordinal) && !sentence.Contains("行政诉讼", StringComparison.Ordinal)) yield break;
        foreach (Match m in None().Matches(sentence))
        {
            var what = m.Groups["what"].Value;
            if (what.StartsWith("行政复议", StringComparison.Ordinal)) yield return new(CaseKind.Review, 0, m.Value);
            if (what.EndsWith("行政诉讼", StringComparison.Ordinal)) yield return new(CaseKind.Litigation, 0, m.Value);
        }
        foreach (var m in Count().Matches(sentence).Concat(CountFirst().Matches(sentence)))
        {
            if (ChineseNumber.Parse(m.Groups["n"].Value) is not { } n) continue;
            yield return new(m.Groups["what"].Value == "行政复议" ? CaseKind.Review : CaseKind.Litigation, n, m.Value);
        }
    }

    [GeneratedRegex("(?:未发生|未收到|未出现|未因|未被|未产生|未引发|未引起|未有|未涉及|没有发生|没有|无(?=因|涉及|行政|政府信息|相关|发生|此类))[^。；，]{0,40}?(?<what>行政复议(?:[、和及与或]行政诉讼)?|行政诉讼)")]
    private static partial Regex None();

    [GeneratedRegex("(?<what>行政复议|行政诉讼)(?:案件)?(?:共|共计|为)?(?<n>" + ChineseNumber.Pattern + ")(?:件|起|宗|个)")]
    private static partial Regex Count();

    [GeneratedRegex("(?<n>" + ChineseNumber.Pattern + ")(?:件|起|宗|个)(?:政府信息公开)?的?(?<what>行政复议|行政诉讼)")]
    private static partial Regex CountFirst();
}
