using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Application.Configuration;
using Monitor.Application.Hosting;
using Monitor.Crawling.Fetching;
using Monitor.PortalSimulator;
using Monitor.Web.Hosting;

namespace Monitor.FunctionApp.Tests;

/// <summary>
/// The function app's own service registrations (<see cref="FunctionServices.AddMonitorFunctions"/>) over real stores —
/// a temporary local folder, or Azurite with a connection string — with the crawler pointed at the fixture portal and
/// SendGrid at a loopback fake. Function classes are built from it as the worker builds them, and called directly
/// with what a trigger would bind; the Functions host itself cannot run here.
/// </summary>
public sealed class FunctionHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly string? dataFolder;

    private FunctionHarness(ServiceProvider services, FakePortal portal, AdjustableClock clock, string? dataFolder, string? storageConnection)
    {
        this.services = services;
        Portal = portal;
        Clock = clock;
        this.dataFolder = dataFolder;
        StorageConnection = storageConnection;
    }

    public FakePortal Portal { get; }
    public AdjustableClock Clock { get; }
    public string? StorageConnection { get; }
    public IServiceProvider Services => services;

    /// <summary>Fast, loopback-only crawling of a fixture portal.</summary>
    public static Action<CrawlerHttpOptions> PointAt(FakePortal portal) => http =>
    {
        http.ConnectCallback = portal.ConnectCallback;
        http.Politeness = new PolitenessOptions { DelayPerHost = TimeSpan.FromMilliseconds(2) };
        http.Resilience = new ResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetries = 1, AttemptTimeout = TimeSpan.FromMilliseconds(1500) };
    };

    public static async Task<FunctionHarness> StartAsync(string? storageConnection = null, string? sendGridHost = null)
    {
        var portal = new FakePortal();
        portal.LoadFolder(StandaloneServer.PortalFolder);
        await portal.StartAsync();
        var dataFolder = storageConnection is null ? Directory.CreateTempSubdirectory("monitor-functions-").FullName : null;
        var clock = new AdjustableClock(StandaloneServer.February10);
        var values = new Dictionary<string, string?>
        {
            ["Registry:Location"] = Path.Combine(StandaloneServer.PortalFolder, "registry.json"),
            ["Mail:From"] = "monitor@qs.test",
            [storageConnection is null ? "Monitor:DataFolder" : "Storage"] = storageConnection ?? dataFolder,
        };
        if (sendGridHost is not null)
        {
            values["SendGrid:ApiKey"] = "SG.test-key";
            values["SendGrid:Host"] = sendGridHost;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        collection.AddMonitorFunctions(configuration, clock);
        // The same provider the app registers, plus the test's loopback hooks.
        collection.AddSingleton(provider => new MonitorHostProvider(provider.GetRequiredService<MonitorSettings>(), clock,
            provider.GetRequiredService<ILogger<MonitorHostProvider>>()) { ConfigureHttp = PointAt(portal) });
        return new FunctionHarness(collection.BuildServiceProvider(), portal, clock, dataFolder, storageConnection);
    }

    /// <summary>A function class built as the worker builds it: constructor injection from the app's services.</summary>
    public T Function<T>() where T : class => ActivatorUtilities.CreateInstance<T>(services);

    public async Task<MonitorHost> HostAsync() => await services.GetRequiredService<MonitorHostProvider>().GetAsync(CancellationToken.None);

    public static TimerInfo Timer(bool pastDue = false) => new() { IsPastDue = pastDue };

    /// <summary>What the Event Grid blob trigger binds for captures/{name}: a client (no content is read).</summary>
    public BlobClient Blob(string name) => StorageConnection is null
        ? new BlobClient(new Uri($"https://devstoreaccount1.blob.core.windows.net/captures/{name}"))
        : new BlobClient(StorageConnection, "captures", name);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Portal.DisposeAsync();
        if (dataFolder is not null) Directory.Delete(dataFolder, recursive: true);
    }
}
