using Monitor.Storage;
using Monitor.Storage.Azure;
using Monitor.Storage.Local;
using Monitor.Testing;

namespace Monitor.Storage.Tests;

[CollectionDefinition("Azurite")]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;

/// <summary>A fresh, isolated set of stores for one test.</summary>
public interface IStoreBackend : IDisposable
{
    StoreSet Stores { get; }
}

public sealed class LocalBackend : IStoreBackend
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "monitor-storage-" + Guid.NewGuid().ToString("N"));

    public LocalBackend() => Stores = LocalStorage.Create(new LocalStorageOptions { DataFolder = folder });

    public StoreSet Stores { get; }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}

/// <summary>Stores on the shared Azurite, with containers and tables of their own so tests never see each other.</summary>
public sealed class AzureBackend(AzuriteFixture azurite) : IStoreBackend
{
    public StoreSet Stores { get; } = AzureStorage.Create(new AzureStorageOptions
    {
        ConnectionString = azurite.ConnectionString,
        CapturesContainer = AzuriteFixture.UniqueName("cap-"),
        CaptureRecordsContainer = AzuriteFixture.UniqueName("rec-"),
        CaptureVersionsContainer = AzuriteFixture.UniqueName("ver-"),
        ResultsContainer = AzuriteFixture.UniqueName("res-"),
        FilingsTable = AzuriteFixture.UniqueName("filings"),
        CrawlStateTable = AzuriteFixture.UniqueName("crawl"),
        ReviewsTable = AzuriteFixture.UniqueName("reviews"),
        ReviewLogTable = AzuriteFixture.UniqueName("reviewlog"),
    });

    public void Dispose()
    {
    }
}
