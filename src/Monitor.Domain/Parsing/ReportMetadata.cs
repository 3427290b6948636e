using System.Text.RegularExpressions;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>Title, issuer and title year of a report, read from the lines before the first part.</summary>
internal sealed record ReportMetadata(string? Title, string? Issuer, int? TitleYear)
{
    private static readonly string[] IssuerSuffixes = ["人民政府", "政府"];

    public static ReportMetadata Read(IReadOnlyList<string> preambleLines, string? pageTitle)
    {
        var title = FindTitle(preambleLines) ?? (pageTitle is not null && pageTitle.Contains("报告") ? ChineseText.Compact(pageTitle) : null);
        if (title is null) return FromOpening(preambleLines);
        var match = Patterns.TitleYear().Match(title);
        if (!match.Success) return new ReportMetadata(title, null, null) with { Issuer = FromOpening(preambleLines).Issuer };
        var issuer = CleanIssuer(title[..match.Index]);
        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new ReportMetadata(title, issuer ?? FromOpening(preambleLines).Issuer, year);
    }

    /// <summary>
    /// The title line; when a markdown copy splits it ("# 海原县李俊乡" / "## 2025 年…年度报告"), the
    /// issuer line before the year line is joined to it.
    /// </summary>
    private static string? FindTitle(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count && i < 6; i++)
        {
            var compact = ChineseText.Compact(lines[i].Trim('#', '*', ' '));
            if (compact.Length > 60 || !(compact.Contains("年度报告") || compact.Contains("年报"))) continue;
            if (i > 0 && Patterns.TitleYear().Match(compact) is { Success: true, Index: 0 })
            {
                var previous = ChineseText.Compact(lines[i - 1].Trim('#', '*', ' '));
                if (previous.Length is > 0 and <= 30 && !previous.Contains('。')) return previous + compact;
            }
            return compact;
        }
        return null;
    }

    private static ReportMetadata FromOpening(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            var match = Patterns.QuotedTitle().Match(ChineseText.Compact(line));
            if (match.Success)
            {
                var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
                return new ReportMetadata(null, CleanIssuer(match.Groups["issuer"].Value), year);
            }
        }
        return new ReportMetadata(null, null, null);
    }

    private static string? CleanIssuer(string text)
    {
        var issuer = text.Trim('#', '*', ' ', '《');
        if (issuer.StartsWith("关于", StringComparison.Ordinal)) issuer = issuer[2..];
        foreach (var suffix in IssuerSuffixes)
        {
            if (issuer.Length > suffix.Length && issuer.EndsWith(suffix, StringComparison.Ordinal))
            {
                issuer = issuer[..^suffix.Length];
                break;
            }
        }
        return issuer.Length == 0 ? null : issuer;
    }
}

/// <summary>Reads the statistics period sentence; a garbled one keeps its text with unknown dates.</summary>
internal static class PeriodReader
{
    public static StatisticsPeriod? Read(string narrative)
    {
        foreach (Match anchor in Patterns.PeriodSentence().Matches(narrative))
        {
            var raw = anchor.Value;
            var dates = Patterns.PeriodDates().Match(raw);
            if (!dates.Success) return new StatisticsPeriod(null, null, raw);
            var startYear = Number(dates.Groups["y1"].Value);
            var endYear = dates.Groups["y2"].Success ? Number(dates.Groups["y2"].Value) : startYear;
            return new StatisticsPeriod(
                Date(startYear, Number(dates.Groups["m1"].Value), Number(dates.Groups["d1"].Value)),
                Date(endYear, Number(dates.Groups["m2"].Value), Number(dates.Groups["d2"].Value)),
                raw);
        }
        return null;
    }

    private static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly? Date(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}

internal static partial class Patterns
{
    [GeneratedRegex(@"(?<year>20\d\d)年")]
    public static partial Regex TitleYear();

    [GeneratedRegex(@"《(?<issuer>[^《》]{2,30}?)(?<year>20\d\d)年度?政府信息公开工作年度报告》")]
    public static partial Regex QuotedTitle();

    /// <summary>A sentence that states the statistics period: an anchor word, a year, then 至/到 and a day.</summary>
    [GeneratedRegex(@"(?:统计|涵盖|期限|时限|时间范围)[^。；;\n]{0,30}?20\d\d[^。；;\n]{0,30}?(?:至|到|—|－|~|～)[^。；;\n]{0,20}?日")]
    public static partial Regex PeriodSentence();

    /// <summary>Dates of a period, tolerating spaces, a missing second year and a lost 年 ("20251月1日").</summary>
    [GeneratedRegex(@"(?<y1>20\d\d)\s*年?\s*(?<m1>\d{1,2})\s*月\s*(?<d1>\d{1,2})\s*日\s*(?:起\s*)?(?:至|到|—|－|~|～)\s*(?:(?<y2>20\d\d)\s*年?\s*)?(?<m2>\d{1,2})\s*月\s*(?<d2>\d{1,2})\s*日")]
    public static partial Regex PeriodDates();
}
