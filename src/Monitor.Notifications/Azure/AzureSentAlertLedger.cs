using System.Globalization;
using Azure.Data.Tables;
using Monitor.Domain.Alerts;

namespace Monitor.Notifications.Azure;

/// <summary>
/// The sent-alert ledger in a table: partition per unit-year, row per rule and evidence. Keys are percent-escaped
/// because table keys forbid '/', '\', '#', '?' and unit ids may be Chinese.
/// </summary>
public sealed class AzureSentAlertLedger(TableClient table) : ISentAlertLedger
{
    public const string DefaultTable = "sentalerts";

    private readonly AzureInit init = new(table);

    public async Task<IReadOnlyList<SentAlert>> GetAsync(string countyId, string unitId, int year, CancellationToken cancellationToken = default)
    {
        await init.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<SentAlert>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(countyId, unitId, year)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new SentAlert(
                row.GetString(nameof(SentAlert.CountyId)),
                row.GetString(nameof(SentAlert.UnitId)),
                row.GetInt32(nameof(SentAlert.Year)) ?? year,
                row.GetString(nameof(SentAlert.RuleId)),
                row.GetString(nameof(SentAlert.Evidence)),
                row.GetDateTimeOffset(nameof(SentAlert.FirstSentAt)) ?? default,
                row.GetDateTimeOffset(nameof(SentAlert.LastSentAt)) ?? default,
                row.GetDateTimeOffset(nameof(SentAlert.ResolvedAt))));
        }
        return entries;
    }

    public async Task UpsertAsync(IReadOnlyList<SentAlert> entries, CancellationToken cancellationToken = default)
    {
        if (entries.Count == 0) return;
        await init.EnsureAsync(cancellationToken).ConfigureAwait(false);
        // A transaction holds at most 100 operations on one partition.
        foreach (var chunk in entries.GroupBy(e => PartitionOf(e.CountyId, e.UnitId, e.Year)).SelectMany(g => g.Chunk(100)))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(e))),
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static TableEntity ToEntity(SentAlert e) => new(PartitionOf(e.CountyId, e.UnitId, e.Year), Uri.EscapeDataString(e.Key))
    {
        [nameof(SentAlert.CountyId)] = e.CountyId,
        [nameof(SentAlert.UnitId)] = e.UnitId,
        [nameof(SentAlert.Year)] = e.Year,
        [nameof(SentAlert.RuleId)] = e.RuleId,
        [nameof(SentAlert.Evidence)] = e.Evidence,
        [nameof(SentAlert.FirstSentAt)] = e.FirstSentAt,
        [nameof(SentAlert.LastSentAt)] = e.LastSentAt,
        [nameof(SentAlert.ResolvedAt)] = e.ResolvedAt,
    };

    private static string PartitionOf(string countyId, string unitId, int year) =>
        $"{Uri.EscapeDataString(countyId)}|{Uri.EscapeDataString(unitId)}|{year.ToString(CultureInfo.InvariantCulture)}";
}
