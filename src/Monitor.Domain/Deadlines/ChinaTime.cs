namespace Monitor.Domain.Deadlines;

/// <summary>
/// China Standard Time: deadlines are CST dates. China has kept UTC+8 without daylight saving since 1991,
/// so a fixed offset is exact and does not depend on the host's time-zone database.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The CST calendar date of an instant (2027-01-31T16:30Z is 2027-02-01 in China).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Today's CST date by the given clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());
}
