using Monitor.Domain.Rules.Filing;

namespace Monitor.Domain.Tests.Rules.Filing;

public class F01MissingReportRuleTests
{
    [Fact]
    public void Fires_when_no_report_was_seen_after_the_deadline()
    {
        Assert.Equal([("F01", "未公开")], FilingSamples.Run(new F01MissingReportRule(), FilingSamples.Xutao(new(2026, 2, 1))));
    }

    [Fact]
    public void Silent_on_the_deadline_day_itself()
    {
        Assert.Empty(FilingSamples.Run(new F01MissingReportRule(), FilingSamples.Xutao(new(2026, 1, 31))));
    }

    [Fact]
    public void Silent_when_a_capture_exists()
    {
        var context = FilingSamples.Xutao(new(2026, 3, 1)) with { Captures = [new("abc", new(2026, 1, 10, 2, 0, 0, TimeSpan.Zero))] };

        Assert.Empty(FilingSamples.Run(new F01MissingReportRule(), context));
    }

    [Fact]
    public void Never_raised_while_the_column_is_not_understood()
    {
        var context = FilingSamples.Xutao(new(2026, 3, 1)) with { ListingNotUnderstood = "未找到任何栏目条目" };

        Assert.Empty(FilingSamples.Run(new F01MissingReportRule(), context));
    }

    [Fact]
    public void Never_raised_while_the_site_is_unreachable()
    {
        var context = FilingSamples.Xutao(new(2026, 3, 1)) with { ListingUnreachable = true, ConsecutiveFailures = 1 };

        Assert.Empty(FilingSamples.Run(new F01MissingReportRule(), context));
    }
}
