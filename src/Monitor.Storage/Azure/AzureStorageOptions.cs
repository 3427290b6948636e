namespace Monitor.Storage.Azure;

/// <summary>
/// Options of the Azure Storage backend (configuration section <see cref="SectionName"/>). Either a connection
/// string, or service URIs used with a <c>TokenCredential</c> (managed identity in Azure).
/// </summary>
public sealed record AzureStorageOptions
{
    public const string SectionName = "Storage:Azure";

    public string? ConnectionString { get; init; }
    public Uri? BlobServiceUri { get; init; }
    public Uri? TableServiceUri { get; init; }

    public string CapturesContainer { get; init; } = "captures";
    public string CaptureRecordsContainer { get; init; } = "capture-records";
    public string CaptureVersionsContainer { get; init; } = "capture-versions";
    public string ResultsContainer { get; init; } = "results";
    public string FilingsTable { get; init; } = "filings";
    public string CrawlStateTable { get; init; } = "crawlstate";
    public string ReviewsTable { get; init; } = "reviews";
    public string ReviewLogTable { get; init; } = "reviewlog";
}
