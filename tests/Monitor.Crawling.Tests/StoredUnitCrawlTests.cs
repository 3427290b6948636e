using Microsoft.Extensions.Time.Testing;
using Monitor.Domain.Capture;
using Monitor.Storage.Local;

namespace Monitor.Crawling.Tests;

public sealed class StoredUnitCrawlTests(FixturePortal fixture) : IClassFixture<FixturePortal>, IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("crawl-store-").FullName;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 2, 5, 1, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        fixture.Portal.Version = 0;
        Directory.Delete(data, recursive: true);
    }

    private async Task<(UnitCrawlResult Result, IReadOnlyList<CaptureSaveResult> Saved)[]> Pass(Monitor.Crawling.Fetching.PageFetcher fetcher, params string[] units)
    {
        var stores = LocalStorage.Create(new LocalStorageOptions { DataFolder = data });
        var stored = new StoredUnitCrawl(fixture.Registry.CountyId, stores.Captures, stores.CrawlState, clock);
        var crawler = new UnitCrawler(fetcher, new UnitCrawlerOptions(), clock);
        return await Task.WhenAll(units.Select(async id =>
        {
            var unit = fixture.Registry.FindUnit(id)!;
            var result = await crawler.CrawlAsync(unit, await stored.LoadAsync(unit));
            return (result, await stored.SaveAsync(result));
        }));
    }

    [Fact]
    public async Task Second_pass_from_the_local_stores_costs_only_304s_and_stores_nothing_new()
    {
        string[] units = ["xutao", "hexi", "jyj", "shanqian", "lianhua", "baisha", "fengqiao"];
        using var fetcher = fixture.Fetcher();
        var first = await Pass(fetcher, units);
        fixture.Portal.ResetCounters();
        clock.Advance(TimeSpan.FromDays(1));
        var second = await Pass(fetcher, units);
        Assert.All(first.SelectMany(p => p.Saved), s => Assert.Equal(CaptureOutcome.New, s.Outcome));
        Assert.Equal(string.Join(",", first.SelectMany(p => p.Result.Captures.Select(c => c.SourceUrl.ToString()))), string.Join(",", first.SelectMany(p => p.Saved.Select(x => x.Record.SourceUrl))));
        Assert.All(second, p => Assert.Equal(UnitOutcome.Unchanged, p.Result.Outcome));
        Assert.Empty(second.SelectMany(p => p.Saved));
        Assert.True(fixture.Portal.Requests > 0);
        Assert.Equal(fixture.Portal.Requests, fixture.Portal.NotModifiedCount);
    }

    [Fact]
    public async Task Silent_edit_under_an_unchanged_listing_becomes_a_new_version_in_the_store()
    {
        using var fetcher = fixture.Fetcher();
        var firstSeen = (await Pass(fetcher, "fengqiao"))[0].Saved[0].Record.FirstSeenAt;
        fixture.Portal.Version = 1;
        clock.Advance(TimeSpan.FromDays(2));
        var (result, saved) = (await Pass(fetcher, "fengqiao"))[0];
        Assert.Equal(UnitOutcome.Changed, result.Outcome);
        var record = Assert.Single(saved);
        Assert.Equal((CaptureOutcome.NewVersion, 2, firstSeen), (record.Outcome, record.Record.Version, record.Record.FirstSeenAt));
    }

    [Fact]
    public async Task Listing_failures_accumulate_in_the_crawl_state_store()
    {
        using var fetcher = fixture.Fetcher();
        await Pass(fetcher, "shuikou");
        await Pass(fetcher, "shuikou");
        var (result, _) = (await Pass(fetcher, "shuikou"))[0];
        Assert.Equal((UnitOutcome.Unreachable, 3), (result.Outcome, result.ConsecutiveListingFailures));
        var state = await LocalStorage.Create(new LocalStorageOptions { DataFolder = data }).CrawlState.GetAsync("http://shuikou.qs.test/gk/ndbg/index.html");
        // By the third pass the host's circuit breaker is open, so the last error names it.
        Assert.Equal((3, "该站点连续失败，已暂停访问（熔断）"), (state!.ConsecutiveFailures, state.LastError));
    }
}
