using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Monitor.Domain.Alerts;
using Monitor.Domain.Email;
using Monitor.Notifications.Local;

namespace Monitor.Notifications.Azure;

/// <summary>
/// The outbox on Azure Storage: delivery state in a table (one row per message, its ETag is the version) and the
/// message itself as JSON in a blob, because an HTML body with a CSV attachment outgrows a table entity (1 MB,
/// 64 KB per property). Table and container are created on first use.
/// </summary>
public sealed class AzureAlertOutbox(TableClient table, BlobContainerClient container) : IAlertOutbox
{
    public const string DefaultTable = "alertoutbox";
    public const string DefaultContainer = "alert-outbox";
    private const string Partition = "outbox";

    private readonly AzureInit init = new(table, container);

    public async Task<bool> EnqueueAsync(EmailMessage message, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await init.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var entry = OutboxEntry.Queue(message, now);
        var rowKey = JsonFileStore.SafeName(entry.Id);
        if (await table.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false) is { HasValue: true })
            return false;
        try
        {
            await container.GetBlobClient(rowKey + ".json").UploadAsync(
                BinaryData.FromObjectAsJson(message, JsonFileStore.Json),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A body left by an earlier attempt that died before adding its row: the content is the same message.
        }
        try
        {
            await table.AddEntityAsync(ToEntity(entry, rowKey), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<OutboxEntry?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await init.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, JsonFileStore.SafeName(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? await ToEntryAsync(row.Value!, cancellationToken).ConfigureAwait(false) : null;
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition} and NextAttemptAt le {now} and (State eq {nameof(OutboxState.Queued)} or State eq {nameof(OutboxState.Failed)} or State eq {nameof(OutboxState.Sending)})");
        return [.. (await QueryAsync(filter, cancellationToken).ConfigureAwait(false)).Take(max)];
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxState? state = null, CancellationToken cancellationToken = default)
    {
        var filter = state is { } s
            ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and State eq {s.ToString()}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        return await QueryAsync(filter, cancellationToken).ConfigureAwait(false);
    }

    public async Task<OutboxEntry?> TryUpdateAsync(OutboxEntry entry, CancellationToken cancellationToken = default)
    {
        await init.EnsureAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.UpdateEntityAsync(ToEntity(entry, JsonFileStore.SafeName(entry.Id)), new ETag(entry.Version),
                TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return entry with { Version = response.Headers.ETag?.ToString() ?? "" };
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    private async Task<IReadOnlyList<OutboxEntry>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        await init.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<OutboxEntry>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(await ToEntryAsync(row, cancellationToken).ConfigureAwait(false));
        }
        return [.. entries.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static TableEntity ToEntity(OutboxEntry entry, string rowKey) => new(Partition, rowKey)
    {
        ["Id"] = entry.Id,
        ["State"] = entry.State.ToString(),
        ["Attempts"] = entry.Attempts,
        ["CreatedAt"] = entry.CreatedAt,
        ["NextAttemptAt"] = entry.NextAttemptAt,
        ["LastError"] = entry.LastError,
        ["SentAt"] = entry.SentAt,
    };

    private async Task<OutboxEntry> ToEntryAsync(TableEntity row, CancellationToken cancellationToken)
    {
        var content = await container.GetBlobClient(row.RowKey + ".json").DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        var message = content.Value.Content.ToObjectFromJson<EmailMessage>(JsonFileStore.Json)
            ?? throw new InvalidDataException($"Outbox message body {row.RowKey}.json is empty.");
        return new OutboxEntry(
            row.GetString("Id"),
            message,
            Enum.Parse<OutboxState>(row.GetString("State")),
            row.GetInt32("Attempts") ?? 0,
            row.GetDateTimeOffset("CreatedAt") ?? default,
            row.GetDateTimeOffset("NextAttemptAt") ?? default,
            row.GetString("LastError"),
            row.GetDateTimeOffset("SentAt"),
            row.ETag.ToString());
    }
}
