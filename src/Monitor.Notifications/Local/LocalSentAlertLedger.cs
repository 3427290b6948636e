using Monitor.Domain.Alerts;

namespace Monitor.Notifications.Local;

/// <summary>The sent-alert ledger as one JSON file per unit-year under <c>{data}/alert-ledger/{county}/</c>.</summary>
public sealed class LocalSentAlertLedger(string dataFolder) : ISentAlertLedger
{
    private readonly string root = Path.Combine(dataFolder, "alert-ledger");

    public async Task<IReadOnlyList<SentAlert>> GetAsync(string countyId, string unitId, int year, CancellationToken cancellationToken = default) =>
        await Store(countyId).ReadAsync<List<SentAlert>>(Name(unitId, year), cancellationToken).ConfigureAwait(false) ?? [];

    public async Task UpsertAsync(IReadOnlyList<SentAlert> entries, CancellationToken cancellationToken = default)
    {
        foreach (var group in entries.GroupBy(e => (e.CountyId, e.UnitId, e.Year)))
        {
            var store = Store(group.Key.CountyId);
            var name = Name(group.Key.UnitId, group.Key.Year);
            await store.LockedAsync(async () =>
            {
                var stored = await store.ReadAsync<List<SentAlert>>(name, cancellationToken).ConfigureAwait(false) ?? [];
                var byKey = stored.ToDictionary(e => e.Key);
                foreach (var entry in group) byKey[entry.Key] = entry;
                await store.WriteAsync(name, byKey.Values.OrderBy(e => e.Key, StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    private JsonFileStore Store(string countyId) => new(Path.Combine(root, JsonFileStore.SafeName(countyId)));

    private static string Name(string unitId, int year) => $"{JsonFileStore.SafeName(unitId)}-{year}";
}
