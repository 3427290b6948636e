using System.Text.RegularExpressions;

namespace Monitor.Domain.Rules.Narrative.Statements;

/// <summary>Which figure of table 三 a sentence states.</summary>
public enum ApplicationFigure
{
    Received,
    CarriedOver,
    Disclosed,
    PartlyDisclosed,
    Withheld,
    Unavailable,
    NotProcessed,
    CarryForward,
}

/// <summary>
/// A figure about disclosure applications stated in the narrative ("收到政府信息公开申请3件", "未收到…申请" = 0).
/// <see cref="Together"/> holds the other figures a combined statement counts with this one: "予以公开及部分公开30件"
/// is the sum of two rows of table 三, never either row alone.
/// </summary>
public sealed record ApplicationStatement(ApplicationFigure Figure, decimal Count, string Text)
{
    public IReadOnlyList<ApplicationFigure> Together { get; init; } = [];

    public IEnumerable<ApplicationFigure> Figures => Together.Prepend(Figure);
}

public static partial class ApplicationStatements
{
    public static IEnumerable<ApplicationStatement> In(string sentence)
    {
        if (!sentence.Contains("申请", StringComparison.Ordinal)) yield break;
        foreach (Match m in NoneReceived().Matches(sentence))
        {
            if (IsAboutDisclosure(m.Value)) yield return new(ApplicationFigure.Received, 0, m.Value);
        }
        foreach (var m in ReceivedCount().Matches(sentence).Concat(ReceivedCountFirst().Matches(sentence)))
        {
            if (IsAboutDisclosure(m.Value) && ChineseNumber.Parse(m.Groups["n"].Value) is { } n)
            {
                yield return new(ApplicationFigure.Received, n, m.Value);
            }
        }
        foreach (Match m in Result().Matches(sentence))
        {
            if (ChineseNumber.Parse(m.Groups["n"].Value) is not { } n) continue;
            var together = m.Groups["with"].Captures.Select(c => FigureOf(c.Value)).ToList();
            yield return new(FigureOf(m.Groups["kind"].Value), n, m.Value) { Together = together };
        }
    }

    private static ApplicationFigure FigureOf(string kind) => kind switch
    {
        "予以公开" => ApplicationFigure.Disclosed,
        "部分公开" => ApplicationFigure.PartlyDisclosed,
        "不予公开" => ApplicationFigure.Withheld,
        "无法提供" => ApplicationFigure.Unavailable,
        "不予处理" => ApplicationFigure.NotProcessed,
        "上年结转" => ApplicationFigure.CarriedOver,
        _ => ApplicationFigure.CarryForward,
    };

    // Township reports also count hotline tickets, petitions and subsidy applications; those are not 表三.
    private static bool IsAboutDisclosure(string text) =>
        (text.Contains("公开", StringComparison.Ordinal) || text.Contains("依申请", StringComparison.Ordinal)) && !OtherMatter().IsMatch(text);

    [GeneratedRegex("(?:未|没有)(?:收到|受理|接到|接收)[^。；，]{0,40}?申请")]
    private static partial Regex NoneReceived();

    [GeneratedRegex("(?:收到|受理|接到|接收|新收)[^。；，]{0,30}?申请(?:公开)?(?:事项)?(?:共|共计|数量为|为)?(?<n>" + ChineseNumber.Pattern + ")(?:件|个|份)")]
    private static partial Regex ReceivedCount();

    [GeneratedRegex("(?:收到|受理|接到|接收|新收)了?(?:共|共计)?(?<n>" + ChineseNumber.Pattern + ")(?:件|个|份)[^。；，]{0,12}?申请")]
    private static partial Regex ReceivedCountFirst();

    [GeneratedRegex("(?:(?<with>予以公开|部分公开|不予公开|无法提供|不予处理)(?:以及|及|和|与|或|、|\\+))*(?<kind>予以公开|部分公开|不予公开|无法提供|不予处理|上年结转|结转(?:至|到)?下一?年度?(?:继续办理)?)的?(?:申请)?(?:共|为|均为)?(?<n>" + ChineseNumber.Pattern + ")(?:件|个)")]
    private static partial Regex Result();

    [GeneratedRegex("复议|诉讼|许可|信访|热线|工单|低保|救助|补贴|补助|投诉|举报|贷款|入党|救济")]
    private static partial Regex OtherMatter();
}
