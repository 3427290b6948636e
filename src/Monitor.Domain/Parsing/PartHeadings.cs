using System.Text.RegularExpressions;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Recognises the headings of the six parts and of the five 总体情况 topics. Real headings vary
/// ("存在主要问题及改进情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况"), so a heading is a short line
/// whose wording names the part; its numeral only decides ties and never makes a heading on its own.
/// </summary>
internal static partial class PartHeadings
{
    private const int MaxHeadingLength = 40;

    /// <summary>The part a line heads, or null. "（一）主动公开情况" is a sub-part, never part 一.</summary>
    public static PartNumber? PartOf(string line)
    {
        var compact = ChineseText.Compact(line);
        if (compact.Length is 0 or > MaxHeadingLength || SubPartNumeral().IsMatch(compact))
        {
            return null;
        }

        var numeral = PartNumeral().Match(compact);
        var body = numeral.Success ? compact[numeral.Length..] : compact;
        var byWording = PartByWording(body);
        if (byWording is null)
        {
            return null;
        }

        // Without a numeral only a line that is nothing but the heading counts, so prose mentioning 总体情况 is not one.
        if (!numeral.Success && body.Length > 20)
        {
            return null;
        }

        return byWording;
    }

    private static PartNumber? PartByWording(string body)
    {
        if (body.StartsWith("总体情况", StringComparison.Ordinal) || body is "概述" or "总体情况")
        {
            return PartNumber.Overview;
        }

        if (body.Contains("主动公开政府信息", StringComparison.Ordinal) || body.StartsWith("主动公开情况", StringComparison.Ordinal))
        {
            return PartNumber.ProactiveDisclosure;
        }

        if (body.Contains("政府信息公开申请", StringComparison.Ordinal) && (body.Contains("收到", StringComparison.Ordinal) || body.Contains("处理", StringComparison.Ordinal)))
        {
            return PartNumber.Applications;
        }

        if (body.Contains("行政复议", StringComparison.Ordinal) || body.Contains("行政诉讼", StringComparison.Ordinal))
        {
            return PartNumber.ReviewsAndLitigation;
        }

        if (body.Contains("问题", StringComparison.Ordinal) && (body.Contains("改进", StringComparison.Ordinal) || body.Contains("整改", StringComparison.Ordinal) || body.Contains("不足", StringComparison.Ordinal)))
        {
            return PartNumber.ProblemsAndImprovements;
        }

        if (body.StartsWith("其他需要报告", StringComparison.Ordinal) || body.StartsWith("其他事项", StringComparison.Ordinal) || body.Contains("其他需要报告的事项", StringComparison.Ordinal))
        {
            return PartNumber.OtherMatters;
        }

        return null;
    }

    /// <summary>The topic a sub-part heading of 总体情况 names, judged on the words before the first full stop.</summary>
    public static OverviewTopic? TopicOf(string line, out string heading)
    {
        heading = string.Empty;
        var compact = ChineseText.Compact(line);
        var numeral = SubPartNumeral().Match(compact);
        if (!numeral.Success)
        {
            return null;
        }

        var end = compact.IndexOfAny(['。', '：', ':', '，', ',']);
        heading = end > 0 ? compact[..end] : compact[..Math.Min(compact.Length, MaxHeadingLength)];
        var words = heading[numeral.Length..];
        if (words.Contains("依申请", StringComparison.Ordinal))
        {
            return OverviewTopic.OnRequest;
        }

        if (words.Contains("主动公开", StringComparison.Ordinal))
        {
            return OverviewTopic.Proactive;
        }

        if (words.Contains("平台", StringComparison.Ordinal))
        {
            return OverviewTopic.Platform;
        }

        if (words.Contains("监督", StringComparison.Ordinal) || words.Contains("保障", StringComparison.Ordinal))
        {
            return OverviewTopic.Supervision;
        }

        if (words.Contains("管理", StringComparison.Ordinal))
        {
            return OverviewTopic.InformationManagement;
        }

        return null;
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+[、.．,，]")]
    private static partial Regex PartNumeral();

    [GeneratedRegex(@"^\([一二三四五六七八九十]+\)")]
    private static partial Regex SubPartNumeral();
}
