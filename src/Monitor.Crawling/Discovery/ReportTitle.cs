using System.Text.RegularExpressions;

namespace Monitor.Crawling.Discovery;

/// <summary>
/// Recognises the title of a 政府信息公开工作年度报告 among a column's other items, in the phrasings
/// county CMSs use ("2025年度政府信息公开工作年度报告", "二〇二五年…", "…2025年政务公开年报"), and reads its year.
/// </summary>
public static partial class ReportTitle
{
    /// <summary>The report year when <paramref name="title"/> names an annual disclosure report, else null.</summary>
    public static int? RecogniseYear(string? title, Regex? unitPattern = null)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = Normalise(title);
        if (unitPattern is not null ? !unitPattern.IsMatch(t) : !IsReportPhrase(t)) return null;
        // Notices about the report (training, compilation, readings) mention the same words but are not reports.
        if (NotAReport().IsMatch(t)) return null;
        return ReadYear(t);
    }

    /// <summary>The first plausible year (1990–2099) written before 年, in Arabic or Chinese digits.</summary>
    public static int? ReadYear(string text)
    {
        foreach (Match m in YearBeforeNian().Matches(text))
        {
            var digits = m.Groups[1].Value;
            var value = 0;
            foreach (var c in digits) value = value * 10 + Digit(c);
            if (value is >= 1990 and <= 2099) return value;
        }
        return null;
    }

    /// <summary>
    /// True when the title names a disclosure annual report: 信息公开/政务公开 with 年度报告/年报/工作报告. Look-alikes in
    /// the same columns (法治政府建设年度报告, 年度绩效报告, 政府工作报告) lack the disclosure words.
    /// </summary>
    public static bool NamesAReport(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return false;
        var t = Normalise(title);
        return IsReportPhrase(t) && !NotAReport().IsMatch(t);
    }

    /// <summary>
    /// The body a report title names, with the year and report phrase taken away ("鹿鸣县财政局2025年政府信息公开工作年度报告"
    /// → "鹿鸣县财政局"); empty when the title names no body ("2025年政府信息公开工作年度报告").
    /// </summary>
    public static string IssuerIn(string title)
    {
        var t = Normalise(title);
        t = Brackets().Replace(t, "");
        t = YearPhrase().Replace(t, "");
        t = ReportPhrase().Replace(t, "");
        return t.Trim('：', ':', '-', '—', '_', '·', '、', ' ');
    }

    private static bool IsReportPhrase(string t) =>
        (t.Contains("信息公开", StringComparison.Ordinal) || t.Contains("政务公开", StringComparison.Ordinal))
        && (t.Contains("年度报告", StringComparison.Ordinal) || t.Contains("年报", StringComparison.Ordinal) || t.Contains("工作报告", StringComparison.Ordinal));

    private static string Normalise(string title) => WhiteSpace().Replace(title.Normalize(System.Text.NormalizationForm.FormKC), "");

    private static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        '〇' or '零' or 'О' or 'o' or 'O' => 0,
        '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9,
        _ => 0,
    };

    [GeneratedRegex(@"([0-9〇零一二三四五六七八九]{4})年")]
    private static partial Regex YearBeforeNian();

    [GeneratedRegex("培训|编制|通知|会议|解读|图解|要点|计划|部署|征集|工作报告会|考核办法|绩效|法治政府|统计公报|评估")]
    private static partial Regex NotAReport();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[（(【\[].*?[）)】\]]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"[0-9〇零一二三四五六七八九]{4}\s*年度?")]
    private static partial Regex YearPhrase();

    [GeneratedRegex(@"(关于)?(政府)?(信息公开|政务公开)(工作)?(年度报告|年报|工作报告|报告)(全文)?$|的$")]
    private static partial Regex ReportPhrase();
}
