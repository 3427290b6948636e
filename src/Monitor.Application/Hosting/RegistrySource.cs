using Azure.Core;
using Azure.Storage.Blobs;
using Monitor.Application.Configuration;
using Monitor.Domain.Registry;

namespace Monitor.Application.Hosting;

/// <summary>The county registry could not be loaded at all; the message names the location and what is wrong.</summary>
public sealed class RegistryUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Loads the registry named by <c>Registry__Location</c>: a file path (relative to the working folder), or
/// <c>blob:CONTAINER/NAME</c> in the app's own storage account. Problems with single units are returned with the
/// registry (those units are skipped); a registry that is unusable as a whole throws.
/// </summary>
public static class RegistrySource
{
    public const string BlobPrefix = "blob:";

    public static async Task<RegistryLoadResult> LoadAsync(MonitorSettings settings, TokenCredential? credential = null, CancellationToken cancellationToken = default)
    {
        var location = settings.RegistryLocation
            ?? throw new RegistryUnavailableException($"Setting {AppSettingNames.RegistryLocation} is not set: it names the county registry file.");
        var json = location.StartsWith(BlobPrefix, StringComparison.OrdinalIgnoreCase)
            ? await ReadBlobAsync(settings, location, credential, cancellationToken).ConfigureAwait(false)
            : await ReadFileAsync(location, cancellationToken).ConfigureAwait(false);
        var result = RegistryLoader.Load(json);
        if (result.Registry is null)
            throw new RegistryUnavailableException($"Registry {location} is unusable: {string.Join("; ", result.Problems)}");
        return result;
    }

    private static async Task<string> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RegistryUnavailableException($"Registry file {Path.GetFullPath(path)} cannot be read: {e.Message}", e);
        }
    }

    private static async Task<string> ReadBlobAsync(MonitorSettings settings, string location, TokenCredential? credential, CancellationToken cancellationToken)
    {
        var path = location[BlobPrefix.Length..];
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == path.Length - 1)
            throw new RegistryUnavailableException($"Setting {AppSettingNames.RegistryLocation} '{location}' must look like blob:CONTAINER/NAME.");
        BlobServiceClient service = settings.StorageConnectionString is { } connection ? new(connection)
            : settings.BlobServiceUri is { } uri && credential is not null ? new(uri, credential, Storage.Azure.StorageAudience.Blobs(uri))
            : throw new RegistryUnavailableException($"Registry {location} is in blob storage, but no storage connection is configured.");
        try
        {
            var content = await service.GetBlobContainerClient(path[..slash]).GetBlobClient(path[(slash + 1)..])
                .DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return content.Value.Content.ToString();
        }
        catch (Azure.RequestFailedException e)
        {
            throw new RegistryUnavailableException($"Registry blob {location} cannot be read: {e.Status} {e.ErrorCode}", e);
        }
    }
}
