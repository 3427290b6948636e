using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Monitor.Storage.Azure;

/// <summary>The Azure Storage backend: blobs for captures and results, tables for the filing index and crawl state.</summary>
public static class AzureStorage
{
    public static StoreSet Create(AzureStorageOptions options, TokenCredential? credential = null)
    {
        var blobs = BlobService(options, credential);
        var tables = TableService(options, credential);
        AzureBlobContainer Container(string name) => new(blobs.GetBlobContainerClient(name));
        return new StoreSet(
            new CaptureStore(Container(options.CapturesContainer), Container(options.CaptureRecordsContainer), Container(options.CaptureVersionsContainer)),
            new ResultStore(Container(options.ResultsContainer)),
            new AzureFilingIndex(new LazyTable(tables.GetTableClient(options.FilingsTable))),
            new AzureCrawlStateStore(new LazyTable(tables.GetTableClient(options.CrawlStateTable))),
            new AzureReviewStore(new LazyTable(tables.GetTableClient(options.ReviewsTable)), new LazyTable(tables.GetTableClient(options.ReviewLogTable))))
        {
            Name = $"Azure 存储 {blobs.AccountName}（{blobs.Uri.GetLeftPart(UriPartial.Authority)}）",
        };
    }

    private static BlobServiceClient BlobService(AzureStorageOptions options, TokenCredential? credential) =>
        options.ConnectionString is { Length: > 0 } connection ? new BlobServiceClient(connection)
        : options.BlobServiceUri is { } uri && credential is not null ? new BlobServiceClient(uri, credential, StorageAudience.Blobs(uri))
        : throw new InvalidOperationException("Azure storage needs a connection string, or a blob service URI with a credential.");

    private static TableServiceClient TableService(AzureStorageOptions options, TokenCredential? credential) =>
        options.ConnectionString is { Length: > 0 } connection ? new TableServiceClient(connection)
        : options.TableServiceUri is { } uri && credential is not null ? new TableServiceClient(uri, credential, StorageAudience.Tables(uri))
        : throw new InvalidOperationException("Azure storage needs a connection string, or a table service URI with a credential.");
}
