namespace Monitor.Domain.Reports;

/// <summary>
/// The statistics period the report states ("本报告统计数据从2024年1月1日至2024年12月31日").
/// Start or end is null when that side could not be read; <see cref="RawText"/> keeps what was written.
/// </summary>
public sealed record StatisticsPeriod(DateOnly? Start, DateOnly? End, string RawText)
{
    /// <summary>True when the period is exactly one calendar year.</summary>
    public bool IsCalendarYear =>
        Start is { } s && End is { } e && s.Month == 1 && s.Day == 1 && e.Month == 12 && e.Day == 31 && s.Year == e.Year;
}
