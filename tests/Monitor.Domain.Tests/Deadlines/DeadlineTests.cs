using Microsoft.Extensions.Time.Testing;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Rules;

namespace Monitor.Domain.Tests.Deadlines;

public class DeadlineTests
{
    [Theory]
    [InlineData(UnitType.Township, "2027-01-31")]
    [InlineData(UnitType.StreetOffice, "2027-01-31")]
    [InlineData(UnitType.Department, "2027-01-31")]
    [InlineData(UnitType.CountyGovernment, "2027-03-31")]
    public void Default_deadlines_for_reports_on_2026(UnitType type, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DeadlinePolicy.Default.DeadlineFor(type, 2026));
    }

    [Fact]
    public void Configured_day_and_grace_days_move_the_deadline()
    {
        var policy = new DeadlinePolicy(new Dictionary<UnitType, MonthDay> { [UnitType.Township] = MonthDay.TryParse("02-28")!.Value }, GraceDays: 3);

        Assert.Equal((new DateOnly(2027, 3, 3), new DateOnly(2027, 2, 3)),
            (policy.DeadlineFor(UnitType.Township, 2026), policy.DeadlineFor(UnitType.Department, 2026)));
    }

    [Theory]
    [InlineData("2027-01-31T15:59:59Z", false)]
    [InlineData("2027-01-31T16:30:00Z", true)]
    public void Overdue_is_decided_on_the_china_date_not_the_utc_date(string utc, bool overdue)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc));

        Assert.Equal(overdue, DeadlinePolicy.IsOverdue(new DateOnly(2027, 1, 31), clock));
    }

    [Fact]
    public void Half_past_four_utc_on_january_31_is_february_1_in_china()
    {
        Assert.Equal(new DateOnly(2027, 2, 1), ChinaTime.DateOf(DateTimeOffset.Parse("2027-01-31T16:30:00Z")));
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("02-30")]
    [InlineData("x")]
    public void Month_day_rejects_impossible_days(string text)
    {
        Assert.Null(MonthDay.TryParse(text));
    }

    [Theory]
    [InlineData("2027-01-20", null, false, FilingStatus.NotYetDue)]
    [InlineData("2027-02-01", null, false, FilingStatus.Missing)]
    [InlineData("2027-02-01", null, true, FilingStatus.Unreachable)]
    [InlineData("2027-02-01", "2027-01-31", false, FilingStatus.OnTime)]
    [InlineData("2027-02-05", "2027-02-01", true, FilingStatus.Late)]
    public void Filing_status_of_a_unit_year(string today, string? published, bool unreachable, FilingStatus expected)
    {
        var status = FilingStatuses.Of(new DateOnly(2027, 1, 31), DateOnly.Parse(today),
            published is null ? null : DateOnly.Parse(published), unreachable);

        Assert.Equal(expected, status);
    }
}

public class ChinaTimeProperties
{
    [FsCheck.Xunit.Property]
    public bool China_date_is_the_utc_date_eight_hours_later(int minutesSince2000)
    {
        var instant = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(Math.Abs((long)minutesSince2000) % 20_000_000);
        return ChinaTime.DateOf(instant) == DateOnly.FromDateTime(instant.UtcDateTime.AddHours(8));
    }
}
