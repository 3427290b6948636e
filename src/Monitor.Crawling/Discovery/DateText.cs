using System.Text.RegularExpressions;

namespace Monitor.Crawling.Discovery;

/// <summary>Finds calendar dates as CMS pages print them: 2026-01-20, 2026/1/20, 2026.01.20, 2026年1月20日.</summary>
public static partial class DateText
{
    public static DateOnly? FindDate(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (Match m in Date().Matches(text))
            if (TryDate(m) is { } d) return d;
        return null;
    }

    /// <summary>
    /// The publication date a page states: a date labelled 发布日期/发布时间 wins over a plain 日期/时间 label, which wins
    /// over 成文日期/发文日期 (the drafting date, which metadata tables often print first).
    /// </summary>
    public static DateOnly? FindLabelledDate(string text)
    {
        DateOnly? generic = null, drafted = null;
        foreach (Match m in Labelled().Matches(text))
        {
            if (TryDate(m) is not { } d) continue;
            var label = m.Groups["label"].Value;
            if (label.StartsWith("发布", StringComparison.Ordinal) || label.StartsWith("公开", StringComparison.Ordinal)) return d;
            if (label is "成文日期" or "发文日期" or "印发日期") drafted ??= d;
            else generic ??= d;
        }
        return generic ?? drafted;
    }

    private static DateOnly? TryDate(Match m)
    {
        var y = int.Parse(m.Groups["y"].Value);
        var mo = int.Parse(m.Groups["m"].Value);
        var d = int.Parse(m.Groups["d"].Value);
        if (y is < 1990 or > 2099 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return new DateOnly(y, mo, d);
    }

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})(?!\d)")]
    private static partial Regex Date();

    [GeneratedRegex(@"(?<label>发布时间|发布日期|公开日期|公开时间|发文日期|成文日期|印发日期|日期|时间)\s*[:：]?\s*(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})(?!\d)")]
    private static partial Regex Labelled();
}
