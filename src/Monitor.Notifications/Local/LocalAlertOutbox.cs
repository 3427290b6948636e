using System.Globalization;
using Monitor.Domain.Alerts;
using Monitor.Domain.Email;

namespace Monitor.Notifications.Local;

/// <summary>The outbox as one JSON file per message under <c>{data}/outbox/</c>; the version is a counter.</summary>
public sealed class LocalAlertOutbox(string dataFolder) : IAlertOutbox
{
    private readonly JsonFileStore files = new(Path.Combine(dataFolder, "outbox"));

    public Task<bool> EnqueueAsync(EmailMessage message, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        files.LockedAsync(async () =>
        {
            var name = JsonFileStore.SafeName(message.IdempotencyKey);
            if (await files.ReadAsync<OutboxEntry>(name, cancellationToken).ConfigureAwait(false) is not null) return false;
            await files.WriteAsync(name, OutboxEntry.Queue(message, now) with { Version = "1" }, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<OutboxEntry?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        files.ReadAsync<OutboxEntry>(JsonFileStore.SafeName(id), cancellationToken);

    public async Task<IReadOnlyList<OutboxEntry>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        [.. (await ListAsync(null, cancellationToken).ConfigureAwait(false)).Where(e => e.IsDueAt(now)).OrderBy(e => e.CreatedAt).Take(max)];

    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxState? state = null, CancellationToken cancellationToken = default)
    {
        var entries = new List<OutboxEntry>();
        foreach (var name in files.Names())
        {
            if (await files.ReadAsync<OutboxEntry>(name, cancellationToken).ConfigureAwait(false) is { } entry
                && (state is null || entry.State == state))
                entries.Add(entry);
        }
        return [.. entries.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    public Task<OutboxEntry?> TryUpdateAsync(OutboxEntry entry, CancellationToken cancellationToken = default) =>
        files.LockedAsync(async () =>
        {
            var name = JsonFileStore.SafeName(entry.Id);
            var stored = await files.ReadAsync<OutboxEntry>(name, cancellationToken).ConfigureAwait(false);
            if (stored is null || stored.Version != entry.Version) return null;
            var updated = entry with { Version = (int.Parse(stored.Version, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture) };
            await files.WriteAsync(name, updated, cancellationToken).ConfigureAwait(false);
            return updated;
        }, cancellationToken);
}
