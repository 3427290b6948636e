using System.Globalization;
using System.Security.Cryptography;
using Monitor.Domain.Capture;

namespace Monitor.Storage;

/// <summary>
/// The capture store over three write-once containers, the same for every backend:
/// <list type="bullet">
/// <item><c>versions</c>: <c>{county}/{unit}/{year}/{source URL digest}/{version:D6}.json</c>, the record of each
/// version. Creating version n+1 if absent is the commit point, so concurrent savers (threads or
/// processes) agree on exactly one new version; a loser re-reads and usually finds "unchanged".</item>
/// <item><c>records</c>: <c>{capture name}.json</c>, the same record found by capture name.</item>
/// <item><c>content</c>: <c>{capture name}</c>, the bytes, written last so a blob-created trigger sees the record.</item>
/// </list>
/// A crash between steps is repaired by the next save of the same bytes (the unchanged path fills gaps).
/// </summary>
public sealed class CaptureStore(IAppendOnlyContainer content, IAppendOnlyContainer records, IAppendOnlyContainer versions) : ICaptureStore
{
    private const int MaxCommitAttempts = 20;

    public async Task<CaptureSaveResult> SaveAsync(CaptureDraft draft, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        var sha = Convert.ToHexString(SHA256.HashData(bytes.Span)).ToLowerInvariant();
        var name = CaptureName.For(draft.CountyId, draft.UnitId, draft.ReportYear, draft.FetchedAt, sha, draft.FileExtension);
        var versionPrefix = $"{YearPrefix(draft.CountyId, draft.UnitId, draft.ReportYear)}{KeyEscaping.Digest(draft.SourceUrl)[..32]}/";

        for (var attempt = 0; attempt < MaxCommitAttempts; attempt++)
        {
            var latest = await LatestVersionAsync(versionPrefix, cancellationToken);
            if (latest is not null && latest.Sha256 == sha)
            {
                await StoreRecordAndContentAsync(latest, bytes, cancellationToken);
                return new CaptureSaveResult(CaptureOutcome.Unchanged, latest);
            }

            var record = new CaptureRecord(
                name.ToString(), draft.CountyId, draft.UnitId, draft.ReportYear, draft.SourceUrl, draft.PageTitle,
                draft.ContentType, name.Extension, sha, bytes.Length, name.FetchedAt, draft.PublishedOn,
                latest?.FirstSeenAt ?? name.FetchedAt, draft.Validators ?? HttpValidators.None,
                (latest?.Version ?? 0) + 1, latest?.Sha256)
            {
                FromRecheck = draft.FromRecheck,
            };
            var versionName = $"{versionPrefix}{record.Version.ToString("D6", CultureInfo.InvariantCulture)}.json";
            if (!await versions.TryCreateAsync(versionName, StorageJson.Serialize(record), ObjectProperties.Json, cancellationToken))
                continue;

            await StoreRecordAndContentAsync(record, bytes, cancellationToken);
            return new CaptureSaveResult(latest is null ? CaptureOutcome.New : CaptureOutcome.NewVersion, record);
        }
        throw new InvalidOperationException($"Could not commit a version of {draft.SourceUrl} after {MaxCommitAttempts} attempts.");
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default) =>
        content.OpenReadAsync(name, cancellationToken);

    public Uri ContentLocation(string name) => content.LocationOf(name);

    public async Task<CaptureRecord?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        await StorageJson.ReadAsync<CaptureRecord>(await records.OpenReadAsync(RecordName(name), cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<CaptureRecord>> ListAsync(string countyId, string? unitId = null, int? reportYear = null, CancellationToken cancellationToken = default)
    {
        var names = await records.ListNamesAsync(CaptureName.Prefix(countyId, unitId, reportYear), cancellationToken);
        var result = new List<CaptureRecord>(names.Count);
        foreach (var recordName in names)
        {
            var record = await StorageJson.ReadAsync<CaptureRecord>(await records.OpenReadAsync(recordName, cancellationToken), cancellationToken);
            if (record is not null && (reportYear is null || record.ReportYear == reportYear)) result.Add(record);
        }
        return result;
    }

    private async Task<CaptureRecord?> LatestVersionAsync(string versionPrefix, CancellationToken cancellationToken)
    {
        var names = await versions.ListNamesAsync(versionPrefix, cancellationToken);
        return names.Count == 0
            ? null
            : await StorageJson.ReadAsync<CaptureRecord>(await versions.OpenReadAsync(names[^1], cancellationToken), cancellationToken);
    }

    private async Task StoreRecordAndContentAsync(CaptureRecord record, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        // Existence checks first: re-uploading a large unchanged attachment on every pass would waste bandwidth.
        if (!await records.ExistsAsync(RecordName(record.Name), cancellationToken))
            await records.TryCreateAsync(RecordName(record.Name), StorageJson.Serialize(record), ObjectProperties.Json, cancellationToken);
        if (!await content.ExistsAsync(record.Name, cancellationToken))
            await content.TryCreateAsync(record.Name, bytes, ContentProperties(record), cancellationToken);
    }

    private static ObjectProperties ContentProperties(CaptureRecord record) => new(record.ContentType, new Dictionary<string, string>
    {
        ["county"] = record.CountyId,
        ["unit"] = record.UnitId,
        ["year"] = record.ReportYear?.ToString(CultureInfo.InvariantCulture) ?? CaptureName.UnknownYear,
        ["sha256"] = record.Sha256,
        ["version"] = record.Version.ToString(CultureInfo.InvariantCulture),
        ["sourceurl"] = record.SourceUrl,
        ["title"] = record.PageTitle ?? "",
    });

    private static string YearPrefix(string county, string unit, int? year) =>
        $"{county}/{unit}/{year?.ToString(CultureInfo.InvariantCulture) ?? CaptureName.UnknownYear}/";

    private static string RecordName(string captureName) => captureName + ".json";
}
