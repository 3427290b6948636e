using Azure.Core;
using Azure.Identity;
using Azure.Storage.Queues;
using Monitor.Application.Configuration;
using Monitor.Application.Monitoring;
using Monitor.Application.Queues;
using Monitor.Crawling;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Registry;
using Monitor.Notifications.Azure;
using Monitor.Notifications.Local;
using Monitor.Storage;
using Monitor.Storage.Azure;
using Monitor.Storage.Local;

namespace Monitor.Application.Hosting;

/// <summary>
/// The monitor wired for one county: the backend chosen from settings (Azure Storage, or the local data folder),
/// the shared crawler pipeline, the mail sender, and every use case over them. Hosts (the function app, `serve`,
/// `sweep`) build one and call its use cases; they hold no logic of their own.
/// </summary>
public sealed class MonitorHost : IDisposable
{
    /// <summary>The standalone stand-in for the captures container's BlobCreated events.</summary>
    public const string CaptureEventsQueue = "capture-events";

    private MonitorHost(MonitorServices services, LocalFolderWorkQueue? localQueue, string? dataFolder)
    {
        Services = services;
        LocalQueue = localQueue;
        DataFolder = dataFolder;
        var reader = new CaptureReader(services.Stores.Captures, services.Checker);
        Scheduling = new CrawlScheduling(services);
        Crawl = new UnitCrawl(services);
        Reviews = new FindingReviews(services);
        Validation = new CaptureValidation(services, reader, Reviews);
        Deadlines = new DeadlineCheck(services, Validation);
        Delivery = new AlertDelivery(services);
        Summary = new WeeklySummaryJob(services, Validation);
        Recheck = new ReportRecheck(services, Crawl, Validation);
    }

    public MonitorServices Services { get; }

    /// <summary>The folder-backed queue when running standalone; null in Azure.</summary>
    public LocalFolderWorkQueue? LocalQueue { get; }

    /// <summary>The local data folder, when the stores live in one.</summary>
    public string? DataFolder { get; }

    public CrawlScheduling Scheduling { get; }
    public UnitCrawl Crawl { get; }
    public CaptureValidation Validation { get; }
    public DeadlineCheck Deadlines { get; }
    public AlertDelivery Delivery { get; }
    public WeeklySummaryJob Summary { get; }
    public ReportRecheck Recheck { get; }
    public FindingReviews Reviews { get; }

    /// <param name="settings">Storage, mail and crawl settings.</param>
    /// <param name="registry">The county.</param>
    /// <param name="time">The clock every use case reads.</param>
    /// <param name="configureHttp">Adjusts the crawler pipeline (tests and the sample portal point it at loopback).</param>
    /// <param name="mailHttp">The HttpClient SendGrid uses (tests point it at a fake SendGrid).</param>
    /// <param name="credential">Managed identity for identity-based storage; DefaultAzureCredential when null and needed.</param>
    public static MonitorHost Create(MonitorSettings settings, CountyRegistry registry, TimeProvider time,
        Action<CrawlerHttpOptions>? configureHttp = null, HttpClient? mailHttp = null, TokenCredential? credential = null)
    {
        var http = CountyCrawler.HttpOptionsFor(registry);
        if (settings.UserAgent is { } agent) http.UserAgent = UserAgentOptions.Parse(agent);
        configureHttp?.Invoke(http);
        var fetcher = CrawlerHttp.CreateFetcher(http, time);
        var options = new MonitorOptions
        {
            ReminderPeriod = settings.Mail.ReminderPeriod,
            MaxSendAttempts = settings.Mail.MaxAttempts,
        };

        if (settings.UsesAzureStorage)
        {
            credential ??= settings.StorageConnectionString is null ? new DefaultAzureCredential() : null;
            var stores = AzureStorage.Create(new AzureStorageOptions
            {
                ConnectionString = settings.StorageConnectionString,
                BlobServiceUri = settings.BlobServiceUri,
                TableServiceUri = settings.TableServiceUri,
            }, credential);
            var notificationStores = settings.StorageConnectionString is { } connection
                ? new AzureNotificationStores(connection)
                : new AzureNotificationStores(Required(settings.TableServiceUri, AppSettingNames.StorageTableServiceUri), settings.BlobServiceUri!, credential!,
                    StorageAudience.Tables(settings.TableServiceUri!), StorageAudience.Blobs(settings.BlobServiceUri!));
            var queues = settings.StorageConnectionString is { } queueConnection
                ? new QueueServiceClient(queueConnection, AzureWorkQueue.ClientOptions())
                : new QueueServiceClient(Required(settings.QueueServiceUri, AppSettingNames.StorageQueueServiceUri), credential!,
                    AzureWorkQueue.ClientOptions(settings.QueueServiceUri));
            var sender = settings.Mail.CreateSender(settings.MailOutboxFolder ?? Path.Combine(Path.GetTempPath(), "monitor-mail"), time, mailHttp);
            var services = new MonitorServices(registry, stores,
                new NotificationStores(notificationStores.Outbox(), notificationStores.Ledger(), notificationStores.Snapshots()),
                new AzureWorkQueue(queues), sender, settings.Mail.Envelope, fetcher, time, options);
            return new MonitorHost(services, null, null);
        }

        var folder = Path.GetFullPath(settings.DataFolder ?? new LocalStorageOptions().DataFolder);
        var localQueue = new LocalFolderWorkQueue(Path.Combine(folder, "queues"), time);
        var localServices = new MonitorServices(registry, LocalStorage.Create(new LocalStorageOptions { DataFolder = folder }),
            new NotificationStores(new LocalAlertOutbox(folder), new LocalSentAlertLedger(folder), new LocalSummarySnapshotStore(folder)),
            localQueue, settings.Mail.CreateSender(settings.MailOutboxFolder ?? Path.Combine(folder, "mail"), time, mailHttp),
            settings.Mail.Envelope, fetcher, time, options with { CaptureEventsQueue = CaptureEventsQueue });
        return new MonitorHost(localServices, localQueue, folder);
    }

    public void Dispose() => Services.Fetcher.Dispose();

    private static Uri Required(Uri? uri, string name) =>
        uri ?? throw new InvalidOperationException($"Setting {name} is required for identity-based storage.");
}
