using System.Text.RegularExpressions;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Narrative.Statements;

/// <summary>A count of a table 二 item stated in the narrative ("行政处罚10起", "制发行政规范性文件2件").</summary>
public sealed record ProactiveItemStatement(string Row, string Column, decimal Count, string Text);

public static partial class ProactiveItemStatements
{
    public static IEnumerable<ProactiveItemStatement> In(string sentence)
    {
        if (sentence.Contains("行政", StringComparison.Ordinal))
        {
            foreach (var m in Decision().Matches(sentence).Concat(DecisionFirst().Matches(sentence)))
            {
                if (ChineseNumber.Parse(m.Groups["n"].Value) is not { } n) continue;
                var row = m.Groups["what"].Value switch { "行政处罚" => Table2.Penalty, "行政强制" => Table2.Enforcement, _ => Table2.Licensing };
                yield return new(row, Table2.Decisions, n, m.Value);
            }
        }
        if (!sentence.Contains("规范性文件", StringComparison.Ordinal)) yield break;
        foreach (var m in Normative().Matches(sentence).Concat(NormativeVerbAfter().Matches(sentence)))
        {
            if (ChineseNumber.Parse(m.Groups["n"].Value) is not { } n) continue;
            var column = m.Groups["verb"].Value switch { "废止" => Table2.Repealed, "现行有效" => Table2.InForce, _ => Table2.Issued };
            yield return new(Table2.NormativeDocuments, column, n, m.Value);
        }
    }

    [GeneratedRegex("(?<what>行政处罚|行政强制|行政许可)(?:案件|决定书?)?(?:共|共计|为)?(?<n>" + ChineseNumber.Pattern + ")(?:起|件|宗|次|个)")]
    private static partial Regex Decision();

    [GeneratedRegex("(?<n>" + ChineseNumber.Pattern + ")(?:起|件|宗|个)(?<what>行政处罚|行政强制|行政许可)")]
    private static partial Regex DecisionFirst();

    [GeneratedRegex("(?<verb>制发|印发|出台|制定|发布|废止|现行有效)的?(?:行政)?规范性文件(?:共|共计)?(?<n>" + ChineseNumber.Pattern + ")(?:件|个|份|部)")]
    private static partial Regex Normative();

    [GeneratedRegex("规范性文件(?<verb>制发|印发|出台|制定|发布|废止|现行有效)(?:共|共计)?(?<n>" + ChineseNumber.Pattern + ")(?:件|个|份|部)")]
    private static partial Regex NormativeVerbAfter();
}
