using Monitor.Domain.Deadlines;

namespace Monitor.Domain.Summary;

/// <summary>
/// Which reporting year the county is working on at a given moment. Reports on year Y are due early in Y+1
/// (31 January for townships and departments, 31 March for the county government) and late ones keep arriving
/// during Y+1, so throughout calendar year Y+1 in China Standard Time the current reporting year is Y.
/// The year turns at midnight Beijing time, i.e. 16:00 UTC on 31 December.
/// </summary>
public static class ReportingYear
{
    /// <summary>The reporting year current at <paramref name="instant"/>: the China calendar year minus one.</summary>
    public static int CurrentAt(DateTimeOffset instant) => ChinaTime.DateOf(instant).Year - 1;

    public static int Current(TimeProvider time) => CurrentAt(time.GetUtcNow());
}
