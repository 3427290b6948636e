namespace Monitor.Domain.Deadlines;

/// <summary>Where a unit stands for one report year.</summary>
public enum FilingStatus
{
    /// <summary>No report yet, deadline not passed.</summary>
    NotYetDue,
    /// <summary>Published on or before the deadline (or seen before it when undated).</summary>
    OnTime,
    /// <summary>Published after the deadline (F02).</summary>
    Late,
    /// <summary>No report after the deadline (F01).</summary>
    Missing,
    /// <summary>No report seen, but the unit's listing cannot be reached (F05): never called missing.</summary>
    Unreachable,
    /// <summary>No report seen, and the unit's listing answers but cannot be read (F06): never called missing.</summary>
    Unrecognised,
    /// <summary>The unit's listing has never been crawled yet (a new install, a unit just added): nothing is known.</summary>
    NotChecked,
}

public static class FilingStatuses
{
    /// <summary>
    /// The filing status of a unit-year. <paramref name="publishedOn"/> is the page's date, else the CST date of
    /// the first capture; null when no report has been seen.
    /// </summary>
    public static FilingStatus Of(DateOnly deadline, DateOnly today, DateOnly? publishedOn, bool listingUnreachable, bool listingNotUnderstood = false,
        bool neverChecked = false)
    {
        if (publishedOn is { } published) return published > deadline ? FilingStatus.Late : FilingStatus.OnTime;
        if (neverChecked) return FilingStatus.NotChecked;
        if (listingUnreachable) return FilingStatus.Unreachable;
        if (listingNotUnderstood) return FilingStatus.Unrecognised;
        return DeadlinePolicy.IsOverdueOn(deadline, today) ? FilingStatus.Missing : FilingStatus.NotYetDue;
    }

    /// <summary>The one wording of a status everywhere officials read it: summary, sweep table, dashboard.</summary>
    public static string Chinese(this FilingStatus status) => status switch
    {
        FilingStatus.NotYetDue => "未到期",
        FilingStatus.OnTime => "按时发布",
        FilingStatus.Late => "逾期发布",
        FilingStatus.Missing => "未发布",
        FilingStatus.Unreachable => "网站无法访问",
        FilingStatus.Unrecognised => "栏目无法识别",
        FilingStatus.NotChecked => "尚未检查",
        _ => status.ToString(),
    };

    /// <summary>The stable code stored in the filing index and JSON output.</summary>
    public static string Code(this FilingStatus status) => status switch
    {
        FilingStatus.NotYetDue => "not-yet-due",
        FilingStatus.OnTime => "on-time",
        FilingStatus.Late => "late",
        FilingStatus.Missing => "missing",
        FilingStatus.Unreachable => "unreachable",
        FilingStatus.Unrecognised => "unrecognised",
        FilingStatus.NotChecked => "not-checked",
        _ => status.ToString(),
    };

    public static FilingStatus? FromCode(string? code) =>
        Enum.GetValues<FilingStatus>().Cast<FilingStatus?>().FirstOrDefault(s => s!.Value.Code() == code);
}
