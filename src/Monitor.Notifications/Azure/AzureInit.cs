using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Monitor.Notifications.Azure;

/// <summary>Creates a table (and optionally a container) once per instance, on first use.</summary>
internal sealed class AzureInit(TableClient table, BlobContainerClient? container = null)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool done;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (done) return;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (done) return;
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            if (container is not null) await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            done = true;
        }
        finally
        {
            gate.Release();
        }
    }
}
