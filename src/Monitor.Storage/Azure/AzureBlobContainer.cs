using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Monitor.Storage.Azure;

/// <summary>
/// A blob container as a write-once container: creation is an upload with If-None-Match: *, so the service
/// decides which of several writers wins. The container is created on first use and again if it vanished
/// (an emulator restarted with in-memory persistence).
/// </summary>
public sealed class AzureBlobContainer(BlobContainerClient container) : IAppendOnlyContainer
{
    private Task? ready;

    public Task<bool> TryCreateAsync(string name, ReadOnlyMemory<byte> content, ObjectProperties properties, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = properties.ContentType },
            Metadata = properties.Metadata?.ToDictionary(pair => pair.Key, pair => EncodeMetadata(pair.Value)),
        };
        return RunAsync(async () =>
        {
            try
            {
                await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), options, cancellationToken);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && e.ErrorCode != BlobErrorCode.ContainerNotFound)
            {
                return false;
            }
        }, cancellationToken);
    }

    public Uri LocationOf(string name) => container.GetBlobClient(name).Uri;

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) =>
        RunAsync(async () => (bool)await container.GetBlobClient(name).ExistsAsync(cancellationToken), cancellationToken);

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            try
            {
                var download = await container.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken);
                return (Stream?)download.Value.Content;
            }
            catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound)
            {
                return null;
            }
        }, cancellationToken);

    public Task<IReadOnlyList<string>> ListNamesAsync(string prefix, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<string>>(async () =>
        {
            var names = new List<string>();
            await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
                names.Add(blob.Name);
            names.Sort(StringComparer.Ordinal);
            return names;
        }, cancellationToken);

    /// <summary>Blob metadata is ASCII only: values are percent-encoded UTF-8 (decode with Uri.UnescapeDataString).</summary>
    public static string EncodeMetadata(string value) => Uri.EscapeDataString(value);

    private async Task<T> RunAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            // Shared by all callers, so one caller's cancellation must not fail the others.
            var task = ready ??= container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            try
            {
                await task.WaitAsync(cancellationToken);
                return await operation();
            }
            catch (RequestFailedException e) when (attempt == 0 && (e.ErrorCode == BlobErrorCode.ContainerNotFound || task.IsFaulted))
            {
                ready = null;
            }
        }
    }
}
