using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Monitor.Domain.Review;
using Monitor.Storage.Local;

namespace Monitor.Storage.Azure;

/// <summary>
/// Reviews in one table (partition county.year, row unit.fingerprint, the record as JSON, the entity ETag as its
/// version) and the audit log in another (partition county.year.unit, row ticks-id), inserted and never updated.
/// </summary>
public sealed class AzureReviewStore : IReviewStore
{
    private readonly LazyTable reviews;
    private readonly LazyTable log;

    internal AzureReviewStore(LazyTable reviews, LazyTable log)
    {
        this.reviews = reviews;
        this.log = log;
    }

    public AzureReviewStore(TableClient reviews, TableClient log) : this(new LazyTable(reviews), new LazyTable(log))
    {
    }

    public async Task<IReadOnlyList<ReviewRecord>> ListAsync(string countyId, string unitId, int year, CancellationToken cancellationToken = default) =>
        [.. (await ListCountyAsync(countyId, year, cancellationToken)).Where(r => string.Equals(r.UnitId, unitId, StringComparison.OrdinalIgnoreCase))];

    public Task<IReadOnlyList<ReviewRecord>> ListCountyAsync(string countyId, int year, CancellationToken cancellationToken = default) =>
        reviews.RunAsync<IReadOnlyList<ReviewRecord>>(async client =>
        {
            var records = new List<ReviewRecord>();
            var partition = ReviewKeys.Partition(countyId, year);
            await foreach (var entity in client.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
            {
                if (JsonSerializer.Deserialize<ReviewRecord>(entity.GetString("Json"), StorageJson.Options) is { } record)
                    records.Add(record with { Version = entity.ETag.ToString() });
            }
            return records;
        }, cancellationToken);

    public Task<ReviewRecord?> TryWriteAsync(ReviewRecord record, CancellationToken cancellationToken = default) =>
        reviews.RunAsync(async client =>
        {
            var entity = new TableEntity(ReviewKeys.Partition(record.CountyId, record.Year), ReviewKeys.Row(record.UnitId, record.Fingerprint))
            {
                ["Json"] = JsonSerializer.Serialize(record with { Version = "" }, StorageJson.Options),
                ["State"] = record.State.Code(),
            };
            try
            {
                var response = record.Version.Length == 0
                    ? await client.AddEntityAsync(entity, cancellationToken)
                    : await client.UpdateEntityAsync(entity, new ETag(record.Version), TableUpdateMode.Replace, cancellationToken);
                return record with { Version = response.Headers.ETag?.ToString() ?? "" };
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                return (ReviewRecord?)null;
            }
        }, cancellationToken);

    public Task AppendAsync(ReviewEvent change, CancellationToken cancellationToken = default) =>
        log.RunAsync(client => client.AddEntityAsync(new TableEntity(ReviewKeys.LogPartition(change.CountyId, change.Year, change.UnitId), ReviewKeys.LogRow(change.At))
        {
            ["Json"] = JsonSerializer.Serialize(change, StorageJson.Options),
        }, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<ReviewEvent>> HistoryAsync(string countyId, string unitId, int year, CancellationToken cancellationToken = default) =>
        log.RunAsync<IReadOnlyList<ReviewEvent>>(async client =>
        {
            var events = new List<ReviewEvent>();
            var partition = ReviewKeys.LogPartition(countyId, year, unitId);
            await foreach (var entity in client.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
            {
                if (JsonSerializer.Deserialize<ReviewEvent>(entity.GetString("Json"), StorageJson.Options) is { } change) events.Add(change);
            }
            return [.. events.OrderBy(e => e.At)];
        }, cancellationToken);
}
