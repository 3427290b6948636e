using System.Globalization;
using System.Text.RegularExpressions;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>Title, issuer and title year of a report, read from the lines before the first part and the opening.</summary>
internal sealed record ReportMetadata(string? Title, string? Issuer, int? TitleYear, int? OpeningYear)
{
    /// <summary>True when the issuer was read from a sentence of the opening rather than from a title.</summary>
    public bool IssuerFromOpening { get; init; }

    private static readonly string[] IssuerSuffixes = ["人民政府", "政府"];

    /// <summary>How far into the preamble a title may stand: pages put breadcrumbs, 索引号 tables and menus first.</summary>
    private const int TitleSearchLines = 30;

    /// <param name="preambleLines">Lines before the first part heading.</param>
    /// <param name="openingLines">The first lines of part one, where a report without a title names itself.</param>
    /// <param name="pageTitle">The HTML page title, used when no line reads as the title.</param>
    public static ReportMetadata Read(IReadOnlyList<string> preambleLines, IReadOnlyList<string> openingLines, string? pageTitle)
    {
        var opening = FromOpening([.. preambleLines, .. openingLines.Take(2)]);
        var title = FindTitle(preambleLines) ?? (pageTitle is not null && pageTitle.Contains("报告") ? ChineseText.Compact(pageTitle) : null);
        if (title is null) return opening;
        var match = Patterns.TitleYear().Match(title);
        if (!match.Success) return opening with { Title = title };

        var issuer = CleanIssuer(title[..match.Index]);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return new ReportMetadata(title, issuer ?? opening.Issuer, year, opening.OpeningYear)
        {
            IssuerFromOpening = issuer is null && opening.IssuerFromOpening,
        };
    }

    /// <summary>
    /// The title line: the first short line naming a 年度报告 or 年报 with a year; a line without a year
    /// ("政府信息公开工作年度报告", page chrome) is taken only when no line has one. When a markdown copy splits the
    /// title ("# 海原县李俊乡" / "## 2025 年…年度报告"), the issuer line before the year line is joined to it.
    /// </summary>
    private static string? FindTitle(IReadOnlyList<string> lines)
    {
        string? yearless = null;
        for (var i = 0; i < lines.Count && i < TitleSearchLines; i++)
        {
            var compact = ChineseText.Compact(lines[i].Trim('#', '*', ' '));
            if (compact.Length > 60 || compact.Contains('。') || !(compact.Contains("年度报告") || compact.Contains("年报"))) continue;
            var year = Patterns.TitleYear().Match(compact);
            if (!year.Success)
            {
                yearless ??= compact;
                continue;
            }
            if (i > 0 && year.Index == 0)
            {
                var previous = ChineseText.Compact(lines[i - 1].Trim('#', '*', ' '));
                if (previous.Length is > 0 and <= 30 && !previous.Contains('。') && !previous.Contains("年度报告")) return previous + compact;
            }
            return compact;
        }
        return yearless;
    }

    /// <summary>
    /// The issuer and year a report names in its opening when it has no title: 《X2023年政府信息公开工作年度报告》,
    /// "在认真总结2020年帽儿山镇政府信息公开工作的基础上", or a first clause "2025年，朝外街道在…" / "安乐乡在对…".
    /// </summary>
    private static ReportMetadata FromOpening(IReadOnlyList<string> lines)
    {
        string? issuer = null;
        int? year = null;
        foreach (var line in lines)
        {
            var compact = ChineseText.Compact(line);
            if (Patterns.QuotedTitle().Match(compact) is { Success: true } quoted)
            {
                return new ReportMetadata(null, CleanIssuer(quoted.Groups["issuer"].Value), null, Year(quoted));
            }
            if (Patterns.SummingUp().Match(compact) is { Success: true } summing)
            {
                issuer ??= CleanIssuer(summing.Groups["issuer"].Value);
                year ??= Year(summing);
            }
            if (Patterns.OpeningClause().Match(compact) is { Success: true } clause)
            {
                issuer ??= CleanIssuer(clause.Groups["issuer"].Value);
                if (clause.Groups["year"].Success) year ??= Year(clause);
            }
        }
        return new ReportMetadata(null, issuer, null, year) { IssuerFromOpening = issuer is not null };
    }

    private static int Year(Match match) => int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);

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

/// <summary>
/// Reads the statistics period. Reports state it in many ways: after an anchor ("统计期限自…"), before one
/// ("在…数据统计时限内"), or bare ("2022年1月1日到2022年12月31日止，我镇…"), often with spaces and line breaks
/// from PDF text. A full calendar-year range anywhere wins; otherwise an anchored range is taken as written;
/// a range whose 年 is lost ("自20241月1日起至202412月31日止") is kept as garbled, with unknown dates.
/// </summary>
internal static class PeriodReader
{
    public static StatisticsPeriod? Read(string narrative)
    {
        var text = ChineseText.Compact(narrative);
        foreach (Match range in Patterns.PeriodDates().Matches(text))
        {
            if (Period(range) is { IsCalendarYear: true } period) return period;
        }
        foreach (Match anchor in Patterns.PeriodSentence().Matches(text))
        {
            var dates = Patterns.PeriodDates().Match(anchor.Value);
            return dates.Success ? Period(dates) : new StatisticsPeriod(null, null, anchor.Value);
        }
        foreach (Match loose in Patterns.LooseCalendarYear().Matches(text))
        {
            return new StatisticsPeriod(null, null, loose.Value);
        }
        return null;
    }

    private static StatisticsPeriod Period(Match dates)
    {
        var startYear = Number(dates.Groups["y1"].Value);
        var endYear = dates.Groups["y2"].Success ? Number(dates.Groups["y2"].Value) : startYear;
        return new StatisticsPeriod(
            Date(startYear, Number(dates.Groups["m1"].Value), Number(dates.Groups["d1"].Value)),
            Date(endYear, Number(dates.Groups["m2"].Value), Number(dates.Groups["d2"].Value)),
            dates.Value);
    }

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static DateOnly? Date(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}

internal static partial class Patterns
{
    [GeneratedRegex(@"(?<year>20\d\d)年")]
    public static partial Regex TitleYear();

    [GeneratedRegex(@"《(?<issuer>[^《》]{2,30}?)(?<year>20\d\d)年度?政府信息公开工作年度报告》")]
    public static partial Regex QuotedTitle();

    /// <summary>"在认真总结2020年帽儿山镇政府信息公开工作的基础上": the year and the unit summed up.</summary>
    [GeneratedRegex(@"总结(?<year>20\d\d)年度?(?<issuer>[^，,。、；;“”《》]{2,20}?)(?:政府信息公开|政务公开)")]
    public static partial Regex SummingUp();

    /// <summary>
    /// A clause that opens with the unit as its subject: "2025年，朝外街道在区委…", "安乐乡在对去年…",
    /// "2022年度，区秦岭保护局全面贯彻…". The name must end like a unit and be followed by a verb of the
    /// report's usual opening; 我/本/全 (我街, 本单位) name nobody.
    /// </summary>
    [GeneratedRegex(@"(?:^|[。，,；;])(?:(?<year>20\d\d)年度?[，,])?(?<issuer>[^我本全各，,。、；;“”《》（）\d]{1,16}(?:街道办事处|街道|乡|镇|苏木|局|委员会|委|办公室|办|中心|管委会|人民政府))(?:党委、政府|党委政府)?(?:在|按照|认真|坚持|全面|深入|严格|紧紧|紧扣|围绕|持续|始终|着力|进一步|高度|切实|积极|不断|依法|扎实|聚焦|以)")]
    public static partial Regex OpeningClause();

    /// <summary>A sentence (compact text) that states the statistics period: an anchor word, a year, then 至/到 and a day.</summary>
    [GeneratedRegex(@"(?:统计|涵盖|期限|时限|时间范围|报告期|所列数据)[^。；;]{0,30}?20\d\d[^。；;]{0,30}?(?:至|到|—|－|~|～)[^。；;]{0,20}?日")]
    public static partial Regex PeriodSentence();

    /// <summary>Dates of a period in compact text, 年 written on both sides; the second year may be left out.</summary>
    [GeneratedRegex(@"(?<y1>20\d\d)年(?<m1>\d{1,2})月(?<d1>\d{1,2})日(?:起)?[，,、]?(?:至|到|—|－|~|～)(?:(?<y2>20\d\d)年)?(?<m2>\d{1,2})月(?<d2>\d{1,2})日")]
    public static partial Regex PeriodDates();

    /// <summary>A calendar-year range whose 年 was lost on either side ("20241月1日起至202412月31日").</summary>
    [GeneratedRegex(@"20\d\d年?0?1月0?1日(?:起)?[，,、]?(?:至|到|—|－|~|～)(?:20\d\d年?)?12月31日")]
    public static partial Regex LooseCalendarYear();
}
