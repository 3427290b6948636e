using Monitor.Crawling;
using Monitor.Domain.Capture;

namespace Monitor.Application.Monitoring;

/// <summary>What crawling one unit did: the crawler's result and the captures it stored (new and changed ones).</summary>
public sealed record UnitCrawlOutcome(UnitCrawlResult Crawl, IReadOnlyList<CaptureRecord> Stored)
{
    public IEnumerable<string> NewCaptureNames => Stored.Select(r => r.Name);
}

/// <summary>
/// CrawlUnit: one pass over one unit's listing pages. New or changed documents land in the capture store, whose
/// content container raises the event that validates them (Event Grid in Azure, the capture-events queue standalone).
/// </summary>
public sealed class UnitCrawl(MonitorServices services, UnitCrawlerOptions? crawlerOptions = null)
{
    private readonly UnitCrawler crawler = new(services.Fetcher, crawlerOptions ?? new UnitCrawlerOptions(), services.Time)
    {
        SharedListings = services.SharedListings,
    };
    private readonly StoredUnitCrawl stored = new(services.Registry.CountyId, services.Stores.Captures, services.Stores.CrawlState, services.Time);

    /// <exception cref="UnknownUnitException">The unit id is not in the registry.</exception>
    public async Task<UnitCrawlOutcome> CrawlAsync(string unitId, CancellationToken cancellationToken = default)
    {
        var unit = services.Registry.FindUnit(unitId) ?? throw new UnknownUnitException(unitId);
        var result = await crawler.CrawlAsync(unit, await stored.LoadAsync(unit, cancellationToken).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);
        var saved = await stored.SaveAsync(result, cancellationToken).ConfigureAwait(false);
        var fresh = saved.Where(s => s.Outcome != CaptureOutcome.Unchanged).Select(s => s.Record).ToList();
        if (services.Options.CaptureEventsQueue is { } events)
        {
            foreach (var record in fresh)
                await services.Queue.SendAsync(events, record.Name, cancellationToken).ConfigureAwait(false);
        }
        return new UnitCrawlOutcome(result, fresh);
    }
}

/// <summary>A request named a unit the registry does not list.</summary>
public sealed class UnknownUnitException(string unitId) : Exception($"Unit '{unitId}' is not in the registry.")
{
    public string UnitId { get; } = unitId;
}
