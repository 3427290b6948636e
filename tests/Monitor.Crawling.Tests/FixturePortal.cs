using Monitor.Testing;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Registry;
using Monitor.PortalSimulator;

namespace Monitor.Crawling.Tests;

/// <summary>The fictional county under tests/fixtures/portal served on 127.0.0.1, and a crawler pointed at it.</summary>
public sealed class FixturePortal : IAsyncLifetime
{
    public FakePortal Portal { get; } = new();
    public CountyRegistry Registry { get; private set; } = null!;

    public static string Folder { get; } = RepoRoot.Combine("tests", "fixtures", "portal");

    public async Task InitializeAsync()
    {
        Portal.LoadFolder(Folder);
        var loaded = RegistryLoader.Load(File.ReadAllText(Path.Combine(Folder, "registry.json")));
        Assert.Empty(loaded.Problems);
        Registry = loaded.Registry!;
        await Portal.StartAsync();
    }

    public async Task DisposeAsync() => await Portal.DisposeAsync();

    public PageFetcher Fetcher() => CrawlerHttp.CreateFetcher(new CrawlerHttpOptions
    {
        AllowedHosts = { Hosts = new HashSet<string>(Registry.Hosts, StringComparer.OrdinalIgnoreCase) },
        Politeness = { DelayPerHost = TimeSpan.FromMilliseconds(5) },
        Resilience = { RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetries = 1, AttemptTimeout = TimeSpan.FromMilliseconds(1500) },
        ConnectCallback = Portal.ConnectCallback,
    });
}
