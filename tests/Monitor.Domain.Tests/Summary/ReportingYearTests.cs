using Monitor.Domain.Deadlines;
using Monitor.Domain.Summary;

namespace Monitor.Domain.Tests.Summary;

public class ReportingYearTests
{
    [Theory]
    [InlineData("2026-12-31T15:59:59Z", 2025)]
    [InlineData("2026-12-31T16:00:00Z", 2026)]
    [InlineData("2027-01-01T00:00:00+08:00", 2026)]
    [InlineData("2027-02-01T09:00:00+08:00", 2026)]
    [InlineData("2027-12-31T23:59:59+08:00", 2026)]
    [InlineData("2027-12-31T16:00:00Z", 2027)]
    public void The_current_year_turns_at_midnight_China_time(string instant, int expected)
    {
        Assert.Equal(expected, ReportingYear.CurrentAt(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void China_date_is_a_day_ahead_of_UTC_in_the_evening()
    {
        Assert.Equal(new DateOnly(2027, 2, 1), ChinaTime.DateOf(new DateTimeOffset(2027, 1, 31, 16, 30, 0, TimeSpan.Zero)));
    }
}
