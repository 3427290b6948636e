using System.Globalization;
using Monitor.Domain.Capture;

namespace Monitor.Storage;

/// <summary>
/// Validation results as write-once JSON objects <c>{capture name}/{validated utc}.json</c>; names sort by time,
/// so the latest result is the last name under the capture's prefix.
/// </summary>
public sealed class ResultStore(IAppendOnlyContainer results) : IResultStore
{
    private const string TimeFormat = "yyyyMMdd'T'HHmmssfffffff'Z'";

    public async Task<string> AppendAsync(ValidationRecord record, CancellationToken cancellationToken = default)
    {
        var payload = StorageJson.Serialize(record);
        var at = record.ValidatedAt.UtcDateTime;
        // Two runs in the same tick would collide; the later one moves on by a tick instead of overwriting.
        while (true)
        {
            var name = $"{record.CaptureName}/{at.ToString(TimeFormat, CultureInfo.InvariantCulture)}.json";
            if (await results.TryCreateAsync(name, payload, ObjectProperties.Json, cancellationToken)) return name;
            at = at.AddTicks(1);
        }
    }

    public async Task<ValidationRecord?> GetLatestAsync(string captureName, CancellationToken cancellationToken = default)
    {
        var names = await results.ListNamesAsync(captureName + "/", cancellationToken);
        return names.Count == 0
            ? null
            : await StorageJson.ReadAsync<ValidationRecord>(await results.OpenReadAsync(names[^1], cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<ValidationRecord>> ListAsync(string captureName, CancellationToken cancellationToken = default)
    {
        var list = new List<ValidationRecord>();
        foreach (var name in await results.ListNamesAsync(captureName + "/", cancellationToken))
        {
            if (await StorageJson.ReadAsync<ValidationRecord>(await results.OpenReadAsync(name, cancellationToken), cancellationToken) is { } record)
                list.Add(record);
        }
        return list;
    }
}
