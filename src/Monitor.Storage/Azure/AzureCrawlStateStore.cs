using Azure.Data.Tables;
using Monitor.Domain.Capture;

namespace Monitor.Storage.Azure;

/// <summary>Crawl state as an Azure table: partition host, row the URL digest; the URL itself is a property.</summary>
public sealed class AzureCrawlStateStore : ICrawlStateStore
{
    /// <summary>Derived pages kept per listing: well within a table property's 64 KB.</summary>
    private const int MaxStoredPages = 60;

    private readonly LazyTable table;

    internal AzureCrawlStateStore(LazyTable table) => this.table = table;

    public AzureCrawlStateStore(TableClient client) : this(new LazyTable(client))
    {
    }

    public Task<CrawlState?> GetAsync(string listingUrl, CancellationToken cancellationToken = default) =>
        table.RunAsync(async client =>
        {
            var response = await client.GetEntityIfExistsAsync<TableEntity>(
                TableKeys.CrawlPartition(listingUrl), TableKeys.CrawlRow(listingUrl), cancellationToken: cancellationToken);
            if (!response.HasValue) return null;
            var entity = response.Value!;
            return new CrawlState(
                entity.GetString("ListingUrl"),
                new HttpValidators(entity.GetString("ValidatorETag"), entity.GetDateTimeOffset("ValidatorLastModified")),
                entity.GetDateTimeOffset("LastAttemptAt"),
                entity.GetDateTimeOffset("LastSuccessAt"),
                entity.GetInt32("ConsecutiveFailures") ?? 0,
                entity.GetString("LastError"),
                entity.GetString("NotUnderstood"),
                entity.GetString("MorePages") is { Length: > 0 } pages ? pages.Split('\n') : null);
        }, cancellationToken);

    public Task PutAsync(CrawlState state, CancellationToken cancellationToken = default) =>
        table.RunAsync(client => client.UpsertEntityAsync(new TableEntity(TableKeys.CrawlPartition(state.ListingUrl), TableKeys.CrawlRow(state.ListingUrl))
        {
            ["ListingUrl"] = state.ListingUrl,
            ["ValidatorETag"] = state.Validators.ETag,
            ["ValidatorLastModified"] = state.Validators.LastModified,
            ["LastAttemptAt"] = state.LastAttemptAt,
            ["LastSuccessAt"] = state.LastSuccessAt,
            ["ConsecutiveFailures"] = state.ConsecutiveFailures,
            ["LastError"] = state.LastError,
            ["NotUnderstood"] = state.NotUnderstood,
            ["MorePages"] = state.MorePages is { Count: > 0 } pages ? string.Join('\n', pages.Take(MaxStoredPages)) : null,
        }, TableUpdateMode.Replace, cancellationToken), cancellationToken);
}
