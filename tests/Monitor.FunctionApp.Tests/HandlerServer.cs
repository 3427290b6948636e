using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Application.Hosting;
using Monitor.Crawling.Fetching;
using Monitor.FunctionApp.Hosting;
using Monitor.PortalSimulator;
using Monitor.Testing;

namespace Monitor.FunctionApp.Tests;

/// <summary>A clock at a chosen instant that runs at real speed and can be moved forward (retry backoffs, reminders).</summary>
public sealed class AdjustableClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan initialShift = start - System.GetUtcNow();
    private long extraTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + initialShift + TimeSpan.FromTicks(Interlocked.Read(ref extraTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref extraTicks, by.Ticks);
}

/// <summary>One reply of the handler, with its JSON body when it has one.</summary>
public sealed record HandlerReply(int Status, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public IReadOnlyList<string> Logs => [.. Json.GetProperty("Logs").EnumerateArray().Select(l => l.GetString()!)];
}

/// <summary>
/// The handler on real Kestrel at 127.0.0.1 (port from the OS), over the crawler's fixture county (tests/fixtures/portal)
/// served by the portal simulator, looked at as on 2026-02-10 China time; storage is a temporary local folder or, with
/// a connection string, Azurite. Posts invocations exactly as the Functions host would.
/// </summary>
public sealed class HandlerServer : IAsyncDisposable
{
    public const string Key = "test-recheck-key";
    public static readonly DateTimeOffset February10 = new(2026, 2, 10, 10, 0, 0, TimeSpan.FromHours(8));
    public static string PortalFolder { get; } = RepoRoot.Combine("tests", "fixtures", "portal");

    private readonly WebApplication app;
    private readonly string? dataFolder;

    private HandlerServer(WebApplication app, FakePortal portal, string? dataFolder, AdjustableClock clock)
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

    public static async Task<HandlerServer> StartAsync(string? storageConnection = null, string? sendGridHost = null, IEnumerable<string>? moreSettings = null)
    {
        var portal = new FakePortal();
        portal.LoadFolder(PortalFolder);
        await portal.StartAsync();
        var dataFolder = storageConnection is null ? Directory.CreateTempSubdirectory("monitor-handler-").FullName : null;
        var clock = new AdjustableClock(February10);
        List<string> args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Registry:Location={Path.Combine(PortalFolder, "registry.json")}",
            $"--Recheck:ApiKey={Key}",
            "--Mail:From=monitor@qs.test",
            "--Logging:LogLevel:Default=Warning",
        ];
        if (storageConnection is not null) args.Add($"--AzureWebJobsStorage={storageConnection}");
        else args.Add($"--Monitor:DataFolder={dataFolder}");
        if (sendGridHost is not null) args.AddRange(["--SendGrid:ApiKey=SG.test-key", $"--SendGrid:Host={sendGridHost}"]);
        args.AddRange(moreSettings ?? []);

        var app = HandlerApp.Build([.. args], new HandlerOptions
        {
            Time = clock,
            ConfigureHttp = http =>
            {
                http.ConnectCallback = portal.ConnectCallback;
                http.Politeness = new PolitenessOptions { DelayPerHost = TimeSpan.FromMilliseconds(2) };
                http.Resilience = new ResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetries = 1, AttemptTimeout = TimeSpan.FromMilliseconds(1500) };
            },
        });
        await app.StartAsync();
        return new HandlerServer(app, portal, dataFolder, clock);
    }

    public async Task<MonitorHost> HostAsync() => await Services.GetRequiredService<MonitorHostProvider>().GetAsync(CancellationToken.None);

    /// <summary>Posts a non-HTTP invocation body to /{function}, as the host does.</summary>
    public async Task<HandlerReply> InvokeAsync(string function, object body)
    {
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + function) { Content = content };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        request.Headers.Add("X-Azure-Functions-HostVersion", "4.1040.300.0");
        using var response = await Client.SendAsync(request);
        return new HandlerReply((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    public Task<HandlerReply> TimerAsync(string function, bool pastDue = false) => InvokeAsync(function, Payloads.Timer(function, pastDue));

    public async Task<HandlerReply> RecheckAsync(object body, string? key = Key, string accept = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports/recheck") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("x-functions-key", key);
        request.Headers.Add("Accept", accept);
        using var response = await Client.SendAsync(request);
        return new HandlerReply((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await Portal.DisposeAsync();
        if (dataFolder is not null) Directory.Delete(dataFolder, recursive: true);
    }
}

/// <summary>Invocation bodies in the shapes a real Functions host sends (functions-custom-handler.md).</summary>
public static class Payloads
{
    private static object Sys(string function) => new { MethodName = function, UtcNow = DateTimeOffset.UtcNow.ToString("o"), RandGuid = Guid.NewGuid().ToString() };

    /// <summary>Plain strings arrive JSON-encoded twice.</summary>
    public static string Twice(string value) => JsonSerializer.Serialize(value);

    public static object Timer(string function, bool pastDue) => new
    {
        Data = new
        {
            timer = new
            {
                Schedule = new { AdjustForDST = true },
                ScheduleStatus = new { Last = "2026-02-09T01:00:00+00:00", Next = "2026-02-10T01:00:00+00:00", LastUpdated = "2026-02-09T01:00:00+00:00" },
                IsPastDue = pastDue,
            },
        },
        Metadata = new { sys = Sys(function) },
    };

    public static object Queue(string function, string binding, string message, int dequeueCount = 1) => new
    {
        Data = new Dictionary<string, object> { [binding] = Twice(message) },
        Metadata = new { DequeueCount = dequeueCount.ToString(), Id = Twice(Guid.NewGuid().ToString()), sys = Sys(function) },
    };

    public static object Blob(string name, string account = "devstoreaccount1") => new
    {
        Data = new { capture = Convert.ToBase64String(Encoding.UTF8.GetBytes("inline content the handler ignores")) },
        Metadata = new
        {
            Uri = Twice($"https://{account}.blob.core.windows.net/captures/{name}"),
            Properties = new { ContentType = "text/html", Length = 34 },
            Metadata = new { },
            name = Twice(name),
            sys = Sys("ValidateCapture"),
        },
    };
}
