using System.Globalization;
using Monitor.Notifications;

namespace Monitor.Application.Configuration;

/// <summary>
/// The function app's and the standalone host's settings, read by the names in <see cref="AppSettingNames"/>.
/// Storage is Azure when a connection string or service URIs are set and no data folder is; otherwise the local
/// folder (the embedded default). Bad values fail at start-up with the setting's name.
/// </summary>
public sealed record MonitorSettings
{
    public string? StorageConnectionString { get; init; }
    public Uri? BlobServiceUri { get; init; }
    public Uri? QueueServiceUri { get; init; }
    public Uri? TableServiceUri { get; init; }
    public string? DataFolder { get; init; }
    public string? RegistryLocation { get; init; }
    public string? UserAgent { get; init; }
    public string? RecheckApiKey { get; init; }
    public string? MailOutboxFolder { get; init; }
    public string CrawlSchedule { get; init; } = "0 30 0,4,8,12 * * *";
    public string DeadlineSchedule { get; init; } = "0 0 1 * * *";
    public string SummarySchedule { get; init; } = "0 0 0 * * 1";
    public required NotificationSettings Mail { get; init; }

    /// <summary>True when the stores live in Azure Storage (connection string or identity-based URIs).</summary>
    public bool UsesAzureStorage => DataFolder is null && (StorageConnectionString is not null || BlobServiceUri is not null);

    /// <param name="get">Reads a configuration key (":"-separated, e.g. <c>key => configuration[key]</c>).</param>
    public static MonitorSettings Read(Func<string, string?> get)
    {
        string? Value(string name) => Blank(get(AppSettingNames.Key(name)));
        return new MonitorSettings
        {
            StorageConnectionString = Value(AppSettingNames.StorageConnection),
            BlobServiceUri = UriSetting(AppSettingNames.StorageBlobServiceUri, Value(AppSettingNames.StorageBlobServiceUri)),
            QueueServiceUri = UriSetting(AppSettingNames.StorageQueueServiceUri, Value(AppSettingNames.StorageQueueServiceUri)),
            TableServiceUri = UriSetting(AppSettingNames.StorageTableServiceUri, Value(AppSettingNames.StorageTableServiceUri)),
            DataFolder = Value(AppSettingNames.DataFolder),
            RegistryLocation = Value(AppSettingNames.RegistryLocation),
            UserAgent = Value(AppSettingNames.CrawlUserAgent),
            RecheckApiKey = Value(AppSettingNames.RecheckApiKey),
            MailOutboxFolder = Value(AppSettingNames.MailOutboxFolder),
            CrawlSchedule = Value(AppSettingNames.CrawlSchedule) ?? "0 30 0,4,8,12 * * *",
            DeadlineSchedule = Value(AppSettingNames.DeadlineSchedule) ?? "0 0 1 * * *",
            SummarySchedule = Value(AppSettingNames.SummarySchedule) ?? "0 0 0 * * 1",
            Mail = NotificationSettings.Read(get),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Uri? UriSetting(string name, string? value) =>
        value is null ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri
        : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Setting {name} must be an absolute http(s) URI, got '{value}'."));
}
