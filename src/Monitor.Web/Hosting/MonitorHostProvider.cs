using Monitor.Application.Configuration;
using Monitor.Application.Hosting;

using Microsoft.Extensions.Logging;

namespace Monitor.Web.Hosting;

/// <summary>
/// Builds the one <see cref="MonitorHost"/> of the process on first use. A registry that cannot be loaded is not
/// cached: each invocation reports why (in its Logs, so it shows in Application Insights) and the next one tries
/// again, so uploading the registry fixes a running app without a restart. The readiness ping never waits for it.
/// </summary>
public sealed class MonitorHostProvider(MonitorSettings settings, TimeProvider time, ILogger<MonitorHostProvider> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private MonitorHost? host;

    public MonitorSettings Settings { get; } = settings;

    /// <summary>Lets tests and `serve` point the crawler and SendGrid at loopback.</summary>
    public Action<Crawling.Fetching.CrawlerHttpOptions>? ConfigureHttp { get; init; }

    public HttpClient? MailHttp { get; init; }

    public async Task<MonitorHost> GetAsync(CancellationToken cancellationToken)
    {
        if (host is not null) return host;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (host is not null) return host;
            // In Azure the app reaches its storage (and the registry blob in it) with its managed identity, no secret.
            var credential = Settings.UsesAzureStorage && Settings.StorageConnectionString is null ? new Azure.Identity.DefaultAzureCredential() : null;
            var loaded = await RegistrySource.LoadAsync(Settings, credential, cancellationToken).ConfigureAwait(false);
            foreach (var problem in loaded.Problems)
                logger.LogWarning("Registry {Location}: {Problem} (unit skipped)", Settings.RegistryLocation, problem.ToString());
            host = MonitorHost.Create(Settings, loaded.Registry!, time, ConfigureHttp, MailHttp, credential);
            logger.LogInformation("Monitoring {County} ({Units} units) with {Backend} storage", loaded.Registry!.CountyName,
                loaded.Registry.Units.Count, Settings.UsesAzureStorage ? "Azure" : $"local folder {host.DataFolder}");
            return host;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        host?.Dispose();
        gate.Dispose();
    }
}
