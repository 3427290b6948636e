using System.Text.RegularExpressions;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Structure;

/// <summary>The preamble's "本报告由…六部分组成" / "共七个部分" must match the parts actually present.</summary>
public sealed partial class S03ClaimedPartCountRule : ReportRule
{
    private const string Numerals = "〇一二三四五六七八九十";

    public override RuleDescriptor Descriptor { get; } = new(
        "S03", "报告声称的部分数量与实际不符", Severity.Warning,
        "国办公开办函〔2021〕30号（年度报告六部分）", "structure", "parts");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var report = context.Report;
        if (report.UnreadableReason is not null) yield break;
        var actual = report.Parts.Select(p => p.Number).Distinct().Count();
        var match = Claim().Match(WholeText.Of(report));
        if (!match.Success || ToNumber(match.Groups["n"].Value) is not { } claimed || claimed == actual) yield break;
        yield return Found(new Location(TextSpan: match.Value), $"{claimed}个部分", $"{actual}个部分",
            $"报告称“{match.Value}”，但实际只找到{actual}个部分。");
    }

    private static int? ToNumber(string text)
    {
        if (int.TryParse(text, out var n)) return n;
        if (text == "十") return 10;
        return text.Length == 1 ? Numerals.IndexOf(text[0]) : null;
    }

    [GeneratedRegex(@"(?<!第)(?<n>[一二三四五六七八九十]|\d{1,2})\s*(?:个部分|部分组成|大部分)")]
    private static partial Regex Claim();
}
