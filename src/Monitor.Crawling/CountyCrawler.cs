using Monitor.Crawling.Fetching;
using Monitor.Domain.Registry;

namespace Monitor.Crawling;

public sealed class CountyCrawlerOptions
{
    /// <summary>Units crawled at once; per-host limits still apply below, so this only needs to cover the hosts.</summary>
    public int MaxParallelUnits { get; set; } = 32;
}

/// <summary>One pass over every unit of a registry through one shared fetcher. Results come back in registry order.</summary>
public sealed class CountyCrawler(UnitCrawler unitCrawler, CountyCrawlerOptions options)
{
    public static CrawlerHttpOptions HttpOptionsFor(CountyRegistry registry, CrawlerHttpOptions? template = null)
    {
        var http = template ?? new CrawlerHttpOptions();
        http.AllowedHosts = AllowedHostsOptions.ForListings(registry.Units.SelectMany(u => u.ListingUrls));
        return http;
    }

    public async Task<IReadOnlyList<UnitCrawlResult>> CrawlAsync(
        CountyRegistry registry,
        Func<string, UnitCrawlState?> previousState,
        IProgress<UnitCrawlResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var results = new UnitCrawlResult[registry.Units.Count];
        var crawler = unitCrawler.SharedListings is null && registry.SharedListings.Count > 0
            ? unitCrawler.WithSharedListings(new ListingFetchMemo(registry.SharedListings.Keys, TimeProvider.System))
            : unitCrawler;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, registry.Units.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelUnits), CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var unit = registry.Units[i];
                results[i] = await crawler.CrawlAsync(unit, previousState(unit.Id), ct).ConfigureAwait(false);
                progress?.Report(results[i]);
            }).ConfigureAwait(false);
        return results;
    }
}
