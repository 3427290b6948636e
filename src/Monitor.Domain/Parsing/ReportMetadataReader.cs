using System.Globalization;
using System.Text.RegularExpressions;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>Reads the title, issuer, report year and statistics period from the text before and around part 一.</summary>
internal static partial class ReportMetadataReader
{
    private const string ReportWord = "年度报告";

    /// <summary>
    /// The title as one compact string. Titles wrap over two lines ("# 海原县李俊乡" / "## 2025 年…年度报告"), so the
    /// line naming 年度报告 is joined with the line before it when it starts with the year.
    /// </summary>
    public static string? ReadTitle(IReadOnlyList<string> preambleLines, string? pageTitle)
    {
        for (var i = 0; i < preambleLines.Count && i < 6; i++)
        {
            var compact = ChineseText.Compact(preambleLines[i]);
            if (!compact.Contains(ReportWord, StringComparison.Ordinal) && !compact.Contains("年报", StringComparison.Ordinal))
            {
                continue;
            }

            if (compact.Length > 80)
            {
                break;
            }

            if (i > 0 && LeadingYear().IsMatch(compact))
            {
                var previous = ChineseText.Compact(preambleLines[i - 1]);
                if (previous.Length is > 0 and <= 30)
                {
                    compact = previous + compact;
                }
            }

            return compact;
        }

        var fromPage = pageTitle is null ? null : ChineseText.Compact(pageTitle);
        return fromPage is not null && fromPage.Contains(ReportWord, StringComparison.Ordinal) ? fromPage : null;
    }

    /// <summary>The body named before the year in the title, without "人民政府" ("红寺堡区红寺堡镇人民政府" → "红寺堡区红寺堡镇").</summary>
    public static (string? Issuer, int? Year) ReadIssuerAndYear(string? title)
    {
        if (title is null)
        {
            return (null, null);
        }

        var match = TitleYear().Match(title);
        if (!match.Success)
        {
            return (null, null);
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var issuer = title[..match.Index].Trim('　', ' ', '《', '“', '"');
        if (issuer.EndsWith("人民政府", StringComparison.Ordinal) && issuer.Length > 4)
        {
            issuer = issuer[..^4];
        }

        return (issuer.Length == 0 ? null : issuer, year);
    }

    /// <summary>
    /// The statistics period sentence. A sentence about 统计 whose dates cannot be read (年 and 月 lost in conversion)
    /// gives a period with null dates, so M02 can say it is garbled rather than absent.
    /// </summary>
    public static StatisticsPeriod? ReadPeriod(string text)
    {
        // Only a range right after words that introduce the period counts: reports are full of other date ranges.
        foreach (Match cue in PeriodCue().Matches(text))
        {
            var window = text.Substring(cue.Index, Math.Min(90, text.Length - cue.Index));
            var match = PeriodRange().Match(window);
            if (match.Success)
            {
                var startYear = Number(match.Groups["y1"]);
                var endYear = match.Groups["y2"].Success ? Number(match.Groups["y2"]) : startYear;
                return new StatisticsPeriod(
                    Date(startYear, Number(match.Groups["m1"]), Number(match.Groups["d1"])),
                    Date(endYear, Number(match.Groups["m2"]), Number(match.Groups["d2"])),
                    window[..(match.Index + match.Length)].Trim());
            }
        }

        var statement = PeriodStatement().Match(text);
        return statement.Success ? new StatisticsPeriod(null, null, statement.Value.Trim()) : null;
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static DateOnly? Date(int year, int month, int day) =>
        year is >= 2000 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"^(19|20)\d{2}年")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"(?<year>(19|20)\d{2})年(度)?")]
    private static partial Regex TitleYear();

    // "从 2024 年 1 月 1 日至 2024 年 12 月 31 日", "涵盖 2025 年 1 月 1 日至 12 月 31 日", "20251月1日" (年 lost).
    [GeneratedRegex(@"(?<y1>20\d{2})\s*年?\s*(?<m1>\d{1,2})\s*月\s*(?<d1>\d{1,2})\s*日?\s*(至|到|—|－|-|~|～)\s*((?<y2>20\d{2})\s*年\s*)?(?<m2>\d{1,2})\s*月\s*(?<d2>\d{1,2})\s*日")]
    private static partial Regex PeriodRange();

    [GeneratedRegex(@"统计数据|统计期|统计时限|统计区间|数据统计|统计时间|涵盖|报告期|时间范围")]
    private static partial Regex PeriodCue();

    [GeneratedRegex(@"(统计数据|统计期|统计时限|统计区间|数据统计)[^。\n]{0,20}\d[^。\n]{0,40}")]
    private static partial Regex PeriodStatement();
}
