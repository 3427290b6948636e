using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Monitor.Notifications.Azure;

/// <summary>
/// Builds the outbox, ledger and snapshot store against one storage account, from a connection string (Azurite,
/// local runs) or from service URIs and a credential (managed identity in Azure, no secret in settings).
/// </summary>
public sealed class AzureNotificationStores
{
    private readonly TableServiceClient tables;
    private readonly BlobServiceClient blobs;

    public AzureNotificationStores(string connectionString)
    {
        tables = new TableServiceClient(connectionString);
        blobs = new BlobServiceClient(connectionString);
    }

    /// <summary>Identity-based: the options carry the token audience of the account's cloud (Azure China differs).</summary>
    public AzureNotificationStores(Uri tableServiceUri, Uri blobServiceUri, TokenCredential credential,
        TableClientOptions? tableOptions = null, BlobClientOptions? blobOptions = null)
    {
        tables = new TableServiceClient(tableServiceUri, credential, tableOptions);
        blobs = new BlobServiceClient(blobServiceUri, credential, blobOptions);
    }

    public AzureAlertOutbox Outbox(string table = AzureAlertOutbox.DefaultTable, string container = AzureAlertOutbox.DefaultContainer) =>
        new(tables.GetTableClient(table), blobs.GetBlobContainerClient(container));

    public AzureSentAlertLedger Ledger(string table = AzureSentAlertLedger.DefaultTable) =>
        new(tables.GetTableClient(table));

    public AzureSummarySnapshotStore Snapshots(string container = AzureSummarySnapshotStore.DefaultContainer) =>
        new(blobs.GetBlobContainerClient(container));
}
