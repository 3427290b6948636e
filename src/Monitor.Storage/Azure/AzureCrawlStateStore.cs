using Azure.Data.Tables;
using Monitor.Domain.Capture;

namespace Monitor.Storage.Azure;

/// <summary>Crawl state as an Azure table: partition host, row the URL digest; the URL itself is a property.</summary>
public sealed class AzureCrawlStateStore : ICrawlStateStore
{
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
                entity.GetString("LastError"));
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
        }, TableUpdateMode.Replace, cancellationToken), cancellationToken);
}
