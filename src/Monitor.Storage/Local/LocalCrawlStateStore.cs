using Monitor.Domain.Capture;

namespace Monitor.Storage.Local;

/// <summary>Crawl state as JSON rows under a folder.</summary>
public sealed class LocalCrawlStateStore(string folder) : ICrawlStateStore
{
    private readonly JsonFileTable table = new(folder);

    public async Task<CrawlState?> GetAsync(string listingUrl, CancellationToken cancellationToken = default) =>
        await table.GetAsync<CrawlState>(TableKeys.CrawlPartition(listingUrl), TableKeys.CrawlRow(listingUrl), cancellationToken) is var (state, _)
            ? state
            : null;

    public Task PutAsync(CrawlState state, CancellationToken cancellationToken = default) =>
        table.TryWriteAsync(TableKeys.CrawlPartition(state.ListingUrl), TableKeys.CrawlRow(state.ListingUrl), state, "*", cancellationToken);
}
