using Monitor.Domain.Deadlines;

namespace Monitor.Domain.Summary;

/// <summary>How the weekly summary orders filing statuses (their wording is FilingStatuses.Chinese).</summary>
public static class SummaryStatusOrder
{
    /// <summary>Overdue units (missing, then late) first, then unreachable sites, then the rest.</summary>
    public static int Rank(this FilingStatus status) => status switch
    {
        FilingStatus.Missing => 0,
        FilingStatus.Late => 1,
        FilingStatus.Unreachable or FilingStatus.Unrecognised => 2,
        FilingStatus.OnTime => 3,
        _ => 4,
    };

    public static bool IsOverdue(this FilingStatus status) => status is FilingStatus.Missing or FilingStatus.Late;
}
