using System.Text.RegularExpressions;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Finds the five sub-parts of 总体情况 by topic words in their headings ("（五）监督保障科学完善",
/// "（五）政府信息公开监督工作", "（二）申请公开方面"), since real titles rarely match the format's wording, and
/// real numbering varies: "（一）", "1、", "1.", "（1）", "一是", "第一，".
/// </summary>
internal static partial class OverviewSubParts
{
    private const int MaxHeadingLength = 30;

    public static IReadOnlyList<OverviewSubPart> Find(IReadOnlyList<string> lines)
    {
        var found = new List<OverviewSubPart>();
        OverviewTopic? topic = null;
        var heading = "";
        var text = new List<string>();
        foreach (var line in lines)
        {
            var candidate = Heading(line);
            var candidateTopic = candidate is null ? null : Topic(candidate);
            if (candidateTopic is { } next && found.All(f => f.Topic != next) && topic != next)
            {
                Flush();
                topic = next;
                heading = candidate!;
                var rest = line.Trim().TrimStart('#', '*');
                var index = rest.IndexOf(candidate!, StringComparison.Ordinal);
                var body = index >= 0 ? rest[(index + candidate!.Length)..].TrimStart('。', '：', ':', '.', ' ') : "";
                if (body.Length > 0) text.Add(body);
                continue;
            }
            if (topic is not null) text.Add(line);
        }
        Flush();
        return found;

        void Flush()
        {
            if (topic is { } t) found.Add(new OverviewSubPart(t, heading, string.Join("\n", text)));
            text.Clear();
        }
    }

    /// <summary>The heading of a line opening with "（一）"…"（五）": up to the first full stop or colon.</summary>
    private static string? Heading(string line)
    {
        var trimmed = line.Trim().TrimStart('#', '*').Trim();
        var match = SubPartPattern().Match(trimmed);
        if (!match.Success) return null;
        var end = trimmed.IndexOfAny(['。', '：', ':'], match.Length);
        var heading = end < 0 ? trimmed : trimmed[..end];
        return heading.Length <= MaxHeadingLength ? heading.TrimEnd('*') : heading[..MaxHeadingLength];
    }

    private static OverviewTopic? Topic(string heading)
    {
        var compact = ChineseText.Compact(heading);
        if (compact.Contains("依申请") || compact.Contains("申请公开") || compact.Contains("公开申请")) return OverviewTopic.OnRequest;
        if (compact.Contains("平台")) return OverviewTopic.Platform;
        if (compact.Contains("监督") || compact.Contains("保障")) return OverviewTopic.Supervision;
        if (compact.Contains("管理")) return OverviewTopic.InformationManagement;
        if (compact.Contains("主动公开")) return OverviewTopic.Proactive;
        return null;
    }

    [GeneratedRegex(@"^(?:[（(]\s*[一二三四五六七1-7]\s*[）)]|[1-7]\s*[、.．](?!\d)|[一二三四五六七]是|第[一二三四五六七][，,、])")]
    private static partial Regex SubPartPattern();
}
