using System.Text.RegularExpressions;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Recognises the headings of the six parts. The part is decided by the heading's topic words, not by
/// its numeral, so a report with parts out of order (S02) is still read correctly; the numeral only
/// tells a heading ("三、…", "第三部分 …") from a sub-part ("（三）…") or a list item.
/// </summary>
internal static partial class PartHeadings
{
    private const int MaxHeadingLength = 40;

    /// <summary>
    /// The part a line opens, with the heading as written and any text run on after it on the same line
    /// ("一、总体情况。2024年，…" in pages that lost their line breaks).
    /// </summary>
    public static (PartNumber Number, string Heading, string RunOn)? Match(string line)
    {
        var trimmed = line.Trim().Trim('#', '*', ' ');
        var end = trimmed.IndexOfAny(['。', '：', ':']);
        var heading = end >= 0 ? trimmed[..end].Trim('*', ' ') : trimmed;
        var compact = ChineseText.Compact(heading);
        if (compact.Length == 0 || compact.Length > MaxHeadingLength) return null;
        var match = HeadingPattern().Match(compact);
        if (!match.Success || ByTopic(match.Groups["title"].Value) is not { } number) return null;
        // The run-on text is cut only for a heading: every paragraph comes through here.
        var rest = end >= 0 ? trimmed[(end + 1)..].Trim('*', ' ') : "";
        return (number, heading, rest);
    }

    /// <summary>
    /// True for a top-level heading of a part this format does not have ("二、组织领导和制度建设情况" in a report
    /// written to the 2008 format): it ends 总体情况, so that part is not read as containing the rest of the report.
    /// </summary>
    public static bool IsUnknownPartHeading(string line)
    {
        var trimmed = line.Trim().Trim('#', '*', ' ');
        var end = trimmed.IndexOfAny(['。', '：', ':']);
        var compact = ChineseText.Compact(end >= 0 ? trimmed[..end] : trimmed);
        if (compact.Length == 0 || compact.Length > MaxHeadingLength) return false;
        var match = HeadingPattern().Match(compact);
        return match.Success && !compact.StartsWith('一') && ByTopic(match.Groups["title"].Value) is null;
    }

    private static PartNumber? ByTopic(string title)
    {
        if (title.Contains("行政复议") || title.Contains("行政诉讼")) return PartNumber.ReviewsAndLitigation;
        if (title.Contains("问题") || title.Contains("改进")) return PartNumber.ProblemsAndImprovements;
        if (title.Contains("其他需要报告") || title.Contains("其他事项") || title.Contains("其他需报告")) return PartNumber.OtherMatters;
        if (title.Contains("总体情况") || title.EndsWith("概述", StringComparison.Ordinal) || title.StartsWith("总体", StringComparison.Ordinal)) return PartNumber.Overview;
        if (title.Contains("主动公开")) return PartNumber.ProactiveDisclosure;
        if (title.Contains("收到和处理") || title.Contains("公开申请") || title.Contains("依申请")) return PartNumber.Applications;
        return null;
    }

    [GeneratedRegex(@"^(?:第[一二三四五六]部分[、.，,：]?|[一二三四五六][、.，,：])(?<title>.+)$")]
    private static partial Regex HeadingPattern();
}
