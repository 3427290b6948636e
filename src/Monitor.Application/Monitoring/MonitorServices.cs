using Monitor.Application.Queues;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Alerts;
using Monitor.Domain.Checking;
using Monitor.Domain.Email;
using Monitor.Domain.Registry;
using Monitor.Domain.Summary;
using Monitor.Notifications.Outbox;
using Monitor.Storage;

namespace Monitor.Application.Monitoring;

/// <summary>The alert outbox, the sent-alert ledger and last week's summary snapshot of one backend.</summary>
public sealed record NotificationStores(IAlertOutbox Outbox, ISentAlertLedger Ledger, ISummarySnapshotStore Snapshots);

/// <summary>Tunables of the monitoring cycle that are not per-county (those live in the registry).</summary>
public sealed record MonitorOptions
{
    /// <summary>N of F05: consecutive failed crawls of a unit's listing before it is reported unreachable.</summary>
    public int FailureThreshold { get; init; } = 3;

    public TimeSpan ReminderPeriod { get; init; } = AlertPolicy.DefaultReminderPeriod;

    public int MaxSendAttempts { get; init; } = 5;

    /// <summary>
    /// Standalone only: the queue on which a new capture's name is announced, standing in for the Event Grid
    /// BlobCreated event that triggers ValidateCapture in Azure. Null in Azure, where storage raises the event.
    /// </summary>
    public string? CaptureEventsQueue { get; init; }
}

/// <summary>
/// Everything the use cases work with, chosen once by a host: the county registry, the stores, the queue, the
/// mail sender and envelope, the shared crawler HTTP pipeline, and the clock.
/// </summary>
public sealed class MonitorServices(
    CountyRegistry registry,
    StoreSet stores,
    NotificationStores notifications,
    IWorkQueue queue,
    IEmailSender emailSender,
    MailEnvelope envelope,
    PageFetcher fetcher,
    TimeProvider time,
    MonitorOptions? options = null)
{
    public CountyRegistry Registry { get; } = registry;
    public StoreSet Stores { get; } = stores;
    public NotificationStores Notifications { get; } = notifications;
    public IWorkQueue Queue { get; } = queue;
    public IEmailSender EmailSender { get; } = emailSender;
    public PageFetcher Fetcher { get; } = fetcher;
    public TimeProvider Time { get; } = time;
    public MonitorOptions Options { get; } = options ?? new MonitorOptions();

    /// <summary>The configured envelope with the registry's recipients when it names any.</summary>
    public MailEnvelope Envelope { get; } = envelope.WithRegistryRecipients(
        [.. registry.Recipients.Select(r => new EmailAddress(r))]);

    public ReportChecker Checker { get; } = new(time, new Domain.Rules.ReportValidator());

    /// <summary>Columns several units share (a county 年报专栏) are fetched once per pass by whichever unit comes first.</summary>
    public Monitor.Crawling.ListingFetchMemo SharedListings { get; } = new(registry.SharedListings.Keys, time);

    /// <summary>Turns a unit-year's current findings into at most one queued alert (validation and deadline checks share it).</summary>
    public AlertRaiser Alerts => alerts ??= new AlertRaiser(new AlertPolicy(Options.ReminderPeriod), new AlertEmailComposer(Envelope),
        Notifications.Ledger, Notifications.Outbox, Time);

    private AlertRaiser? alerts;
}
