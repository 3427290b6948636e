using Monitor.Domain.Deadlines;

namespace Monitor.Domain.Summary;

/// <summary>How the weekly summary names and orders filing statuses.</summary>
public static class SummaryStatusLabels
{
    /// <summary>The summary's column wording (未到期, 按时发布, 逾期发布, 未发布, 网站无法访问), shorter than the rule messages'.</summary>
    public static string SummaryLabel(this FilingStatus status) => status switch
    {
        FilingStatus.Missing => "未发布",
        FilingStatus.Late => "逾期发布",
        FilingStatus.Unreachable => "网站无法访问",
        FilingStatus.OnTime => "按时发布",
        FilingStatus.NotYetDue => "未到期",
        _ => status.ToString(),
    };

    /// <summary>Overdue units (missing, then late) first, then unreachable sites, then the rest.</summary>
    public static int Rank(this FilingStatus status) => status switch
    {
        FilingStatus.Missing => 0,
        FilingStatus.Late => 1,
        FilingStatus.Unreachable => 2,
        FilingStatus.OnTime => 3,
        _ => 4,
    };

    public static bool IsOverdue(this FilingStatus status) => status is FilingStatus.Missing or FilingStatus.Late;
}
