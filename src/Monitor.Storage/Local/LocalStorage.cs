namespace Monitor.Storage.Local;

/// <summary>Options of the local-folder backend (configuration section <see cref="SectionName"/>).</summary>
public sealed record LocalStorageOptions
{
    public const string SectionName = "Storage:Local";

    /// <summary>The data folder; created on first write.</summary>
    public string DataFolder { get; init; } = ".data";
}

/// <summary>The embedded default backend: everything under one data folder, no services needed.</summary>
public static class LocalStorage
{
    public static StoreSet Create(LocalStorageOptions options)
    {
        string Folder(string name) => Path.Combine(options.DataFolder, name);
        return new StoreSet(
            new CaptureStore(new LocalFolderContainer(Folder("captures")), new LocalFolderContainer(Folder("capture-records")),
                new LocalFolderContainer(Folder("capture-versions"))),
            new ResultStore(new LocalFolderContainer(Folder("results"))),
            new LocalFilingIndex(Folder(Path.Combine("tables", "filings"))),
            new LocalCrawlStateStore(Folder(Path.Combine("tables", "crawlstate"))),
            new LocalReviewStore(Folder("tables")))
        {
            Name = $"本地数据文件夹 {Path.GetFullPath(options.DataFolder)}",
        };
    }
}
