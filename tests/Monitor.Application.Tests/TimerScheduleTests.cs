using Microsoft.Extensions.Time.Testing;
using Monitor.Application.Scheduling;

namespace Monitor.Application.Tests;

public class TimerScheduleTests
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    [Fact]
    public void Default_deadline_check_runs_at_nine_in_the_morning_china_time()
    {
        var schedule = TimerSchedule.Parse("DeadlineSchedule", "0 0 1 * * *");

        var next = schedule.NextAfter(new DateTimeOffset(2027, 1, 31, 23, 0, 0, ChinaOffset))!.Value;

        Assert.Equal(new DateTimeOffset(2027, 2, 1, 9, 0, 0, ChinaOffset), next.ToOffset(ChinaOffset));
    }

    [Fact]
    public void Weekly_summary_runs_monday_morning_china_time_which_is_still_monday_utc()
    {
        var schedule = TimerSchedule.Parse("SummarySchedule", "0 0 0 * * 1");

        var next = schedule.NextAfter(new DateTimeOffset(2027, 1, 29, 12, 0, 0, ChinaOffset))!.Value.ToOffset(ChinaOffset);

        Assert.Equal(DayOfWeek.Monday, next.DayOfWeek);
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 8, 0, 0, ChinaOffset), next);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0 0 1 * *")]
    [InlineData("every morning")]
    public void A_bad_schedule_names_the_setting(string text)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TimerSchedule.Parse("CrawlSchedule", text));

        Assert.Contains("CrawlSchedule", error.Message);
    }

    [Fact]
    public async Task Timer_loop_fires_each_occurrence_and_flags_late_ones_as_past_due()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 10, 0, 0, 0, TimeSpan.Zero));
        var firings = new List<TimerFiring>();
        using var stop = new CancellationTokenSource();
        var loop = new TimerLoop("ScheduleCrawl", TimerSchedule.Parse("CrawlSchedule", "0 0 * * * *"), time, (firing, _) =>
        {
            firings.Add(firing);
            return Task.CompletedTask;
        });

        var running = loop.RunAsync(stop.Token);
        time.Advance(TimeSpan.FromHours(1));
        await WaitUntil(() => firings.Count == 1);
        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(5));
        await WaitUntil(() => firings.Count == 2);
        await stop.CancelAsync();
        await running;

        Assert.Equal([false, true], firings.Select(f => f.IsPastDue));
        Assert.Equal(new DateTimeOffset(2027, 1, 10, 2, 0, 0, TimeSpan.Zero), firings[1].ScheduledAt);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
