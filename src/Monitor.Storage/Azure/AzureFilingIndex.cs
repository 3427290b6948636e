using Azure;
using Azure.Data.Tables;
using Monitor.Domain.Capture;

namespace Monitor.Storage.Azure;

/// <summary>The filing index as an Azure table: partition county-year, row unit; the entity ETag is the concurrency token.</summary>
public sealed class AzureFilingIndex : IFilingIndex
{
    private readonly LazyTable table;

    internal AzureFilingIndex(LazyTable table) => this.table = table;

    public AzureFilingIndex(TableClient client) : this(new LazyTable(client))
    {
    }

    public Task<FilingEntry?> GetAsync(string countyId, string unitId, int reportYear, CancellationToken cancellationToken = default) =>
        table.RunAsync(async client =>
        {
            var response = await client.GetEntityIfExistsAsync<TableEntity>(
                TableKeys.FilingPartition(countyId, reportYear), TableKeys.FilingRow(unitId), cancellationToken: cancellationToken);
            return response.HasValue ? FromEntity(response.Value!) : null;
        }, cancellationToken);

    public Task<FilingEntry?> TryUpsertAsync(FilingEntry entry, CancellationToken cancellationToken = default) =>
        table.RunAsync(async client =>
        {
            var entity = ToEntity(entry);
            try
            {
                var response = entry.ETag is null
                    ? await client.AddEntityAsync(entity, cancellationToken)
                    : await client.UpdateEntityAsync(entity, new ETag(entry.ETag), TableUpdateMode.Replace, cancellationToken);
                return entry with { ETag = response.Headers.ETag?.ToString() };
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 || (e.Status == 404 && e.ErrorCode != "TableNotFound"))
            {
                return null;
            }
        }, cancellationToken);

    public Task<IReadOnlyList<FilingEntry>> ListAsync(string countyId, int reportYear, CancellationToken cancellationToken = default) =>
        table.RunAsync<IReadOnlyList<FilingEntry>>(async client =>
        {
            var partition = TableKeys.FilingPartition(countyId, reportYear);
            var entries = new List<FilingEntry>();
            await foreach (var entity in client.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
                entries.Add(FromEntity(entity));
            return [.. entries.OrderBy(e => e.UnitId, StringComparer.Ordinal)];
        }, cancellationToken);

    private static TableEntity ToEntity(FilingEntry entry) => new(TableKeys.FilingPartition(entry.CountyId, entry.ReportYear), TableKeys.FilingRow(entry.UnitId))
    {
        ["CountyId"] = entry.CountyId,
        ["UnitId"] = entry.UnitId,
        ["ReportYear"] = entry.ReportYear,
        ["Status"] = entry.Status,
        ["LatestCaptureName"] = entry.LatestCaptureName,
        ["PublishedOn"] = entry.PublishedOn?.ToString("O"),
        ["FirstSeenAt"] = entry.FirstSeenAt,
        ["ErrorCount"] = entry.ErrorCount,
        ["WarningCount"] = entry.WarningCount,
        ["LastValidatedAt"] = entry.LastValidatedAt,
        ["FindingsHash"] = entry.FindingsHash,
    };

    private static FilingEntry FromEntity(TableEntity entity) => new(
        entity.GetString("CountyId"),
        entity.GetString("UnitId"),
        entity.GetInt32("ReportYear") ?? 0,
        entity.GetString("Status"),
        entity.GetString("LatestCaptureName"),
        entity.GetString("PublishedOn") is { } published ? DateOnly.ParseExact(published, "O") : null,
        entity.GetDateTimeOffset("FirstSeenAt"),
        entity.GetInt32("ErrorCount") ?? 0,
        entity.GetInt32("WarningCount") ?? 0,
        entity.GetDateTimeOffset("LastValidatedAt"),
        entity.GetString("FindingsHash"),
        entity.ETag.ToString());
}
