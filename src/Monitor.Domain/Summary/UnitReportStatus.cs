namespace Monitor.Domain.Summary;

/// <summary>
/// A unit's filing status for one reporting year as the weekly summary shows it. The deadline logic that decides
/// it lives with the filing rules; the summary only orders and labels it.
/// </summary>
public enum UnitReportStatus
{
    /// <summary>未发布: no report and the deadline (plus grace) has passed.</summary>
    Missing,
    /// <summary>逾期发布: published after the deadline.</summary>
    Late,
    /// <summary>网站无法访问: the unit's listing pages keep failing, so absence proves nothing (F05, not F01).</summary>
    Unreachable,
    /// <summary>按时发布: published by the deadline.</summary>
    OnTime,
    /// <summary>未到期: no report yet, deadline not reached.</summary>
    NotYetDue,
}

public static class UnitReportStatuses
{
    public static string Chinese(this UnitReportStatus status) => status switch
    {
        UnitReportStatus.Missing => "未发布",
        UnitReportStatus.Late => "逾期发布",
        UnitReportStatus.Unreachable => "网站无法访问",
        UnitReportStatus.OnTime => "按时发布",
        UnitReportStatus.NotYetDue => "未到期",
        _ => status.ToString(),
    };

    /// <summary>Overdue units (missing, late) come first in the summary, then unreachable sites.</summary>
    public static bool IsOverdue(this UnitReportStatus status) => status is UnitReportStatus.Missing or UnitReportStatus.Late;
}
