using Azure;
using Azure.Storage.Blobs;
using Monitor.Domain.Summary;
using Monitor.Notifications.Local;

namespace Monitor.Notifications.Azure;

/// <summary>Summary snapshots as JSON blobs <c>{county}-{year}.json</c>; the latest one replaces the previous.</summary>
public sealed class AzureSummarySnapshotStore(BlobContainerClient container) : ISummarySnapshotStore
{
    public const string DefaultContainer = "summary-snapshots";

    public async Task<SummarySnapshot?> GetAsync(string countyId, int year, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await container.GetBlobClient(Name(countyId, year)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return content.Value.Content.ToObjectFromJson<SummarySnapshot>(JsonFileStore.Json);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task SaveAsync(SummarySnapshot snapshot, CancellationToken cancellationToken = default)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await container.GetBlobClient(Name(snapshot.CountyId, snapshot.Year))
            .UploadAsync(BinaryData.FromObjectAsJson(snapshot, JsonFileStore.Json), overwrite: true, cancellationToken).ConfigureAwait(false);
    }

    private static string Name(string countyId, int year) => $"{JsonFileStore.SafeName(countyId)}-{year}.json";
}
