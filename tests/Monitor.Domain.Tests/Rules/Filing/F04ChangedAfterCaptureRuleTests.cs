using Monitor.Domain.Rules.Filing;

namespace Monitor.Domain.Tests.Rules.Filing;

public class F04ChangedAfterCaptureRuleTests
{
    private static readonly DateTimeOffset January10 = new(2026, 1, 10, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Fires_when_a_later_capture_has_another_hash()
    {
        var context = FilingSamples.Xutao(new(2026, 2, 1)) with
        {
            Captures = [new("bbbb", January10.AddDays(5)), new("aaaa", January10), new("aaaa", January10.AddDays(1))],
        };

        Assert.Equal([("F04", "bbbb")], FilingSamples.Run(new F04ChangedAfterCaptureRule(), context));
    }

    [Fact]
    public void Silent_when_every_capture_has_the_same_hash()
    {
        var context = FilingSamples.Xutao(new(2026, 2, 1)) with { Captures = [new("aaaa", January10), new("AAAA", January10.AddDays(3))] };

        Assert.Empty(FilingSamples.Run(new F04ChangedAfterCaptureRule(), context));
    }

    [Fact]
    public void Silent_when_the_hashes_differ_only_between_a_page_and_its_attachment()
    {
        var context = FilingSamples.Xutao(new(2026, 2, 1)) with
        {
            Captures = [new("aaaa", January10, "http://x/t1.html"), new("bbbb", January10, "http://x/P1.pdf")],
        };

        Assert.Empty(FilingSamples.Run(new F04ChangedAfterCaptureRule(), context));
    }
}
