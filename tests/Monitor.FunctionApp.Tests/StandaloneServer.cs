using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Application.Hosting;
using Monitor.PortalSimulator;
using Monitor.Standalone;
using Monitor.Testing;
using Monitor.Web.Hosting;

namespace Monitor.FunctionApp.Tests;

/// <summary>A clock at a chosen instant that runs at real speed and can be moved forward (retry backoffs, reminders).</summary>
public sealed class AdjustableClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan initialShift = start - System.GetUtcNow();
    private long extraTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + initialShift + TimeSpan.FromTicks(Interlocked.Read(ref extraTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref extraTicks, by.Ticks);
}

/// <summary>One HTTP reply, with its JSON body when it has one.</summary>
public sealed record HttpReply(int Status, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>
/// The standalone host (what `monitor serve` runs) on real Kestrel at 127.0.0.1 (port from the OS), over the crawler's
/// fixture county (tests/fixtures/portal) served by the portal simulator, looked at as on 2026-02-10 China time, with a
/// temporary data folder. Its HTTP routes are the function app's, through the same code, behind the Recheck__ApiKey key.
/// </summary>
public sealed class StandaloneServer : IAsyncDisposable
{
    public const string Key = "test-recheck-key";
    public static readonly DateTimeOffset February10 = new(2026, 2, 10, 10, 0, 0, TimeSpan.FromHours(8));
    public static string PortalFolder { get; } = RepoRoot.Combine("tests", "fixtures", "portal");

    private readonly WebApplication app;
    private readonly string dataFolder;

    private StandaloneServer(WebApplication app, FakePortal portal, string dataFolder, AdjustableClock clock)
    {
        this.app = app;
        Portal = portal;
        this.dataFolder = dataFolder;
        Clock = clock;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public FakePortal Portal { get; }
    public AdjustableClock Clock { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => app.Services;

    public static async Task<StandaloneServer> StartAsync()
    {
        var portal = new FakePortal();
        portal.LoadFolder(PortalFolder);
        await portal.StartAsync();
        var dataFolder = Directory.CreateTempSubdirectory("monitor-standalone-").FullName;
        var clock = new AdjustableClock(February10);
        // Timers far off, so only the test drives the work.
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Registry:Location={Path.Combine(PortalFolder, "registry.json")}",
            $"--Recheck:ApiKey={Key}",
            "--Mail:From=monitor@qs.test",
            $"--Monitor:DataFolder={dataFolder}",
            "--CrawlSchedule=0 0 0 1 1 *",
            "--DeadlineSchedule=0 0 0 1 1 *",
            "--SummarySchedule=0 0 0 1 1 *",
            "--Logging:LogLevel:Default=Warning",
        ];
        var app = StandaloneHost.Build(args, new StandaloneOptions { Time = clock, ConfigureHttp = FunctionHarness.PointAt(portal), CrawlOnStart = false });
        await app.StartAsync();
        return new StandaloneServer(app, portal, dataFolder, clock);
    }

    public async Task<MonitorHost> HostAsync() => await Services.GetRequiredService<MonitorHostProvider>().GetAsync(CancellationToken.None);

    public async Task<HttpReply> RecheckAsync(object body, string? key = Key, string accept = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports/recheck") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("x-functions-key", key);
        request.Headers.Add("Accept", accept);
        using var response = await Client.SendAsync(request);
        return new HttpReply((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await Portal.DisposeAsync();
        Directory.Delete(dataFolder, recursive: true);
    }
}
