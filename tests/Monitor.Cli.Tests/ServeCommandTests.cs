using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Monitor.Cli.Commands;

namespace Monitor.Cli.Tests;

/// <summary>
/// `serve` runs the function app without the Functions host: its endpoints answer, a timer invocation starts a crawl
/// that the in-process queue dispatch carries through to stored captures and results, and cancelling stops it cleanly.
/// </summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Serve_answers_runs_the_pipeline_in_process_and_stops_cleanly()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var stdout = new StringWriter();
        var console = new CliConsole(stdout, new StringWriter(), new FakeTimeProvider(CliRunner.Now), ErrorIsTerminal: false);
        using var stop = new CancellationTokenSource();
        var serving = ServeCommand.RunAsync(console, null, data.Path, url, stop.Token);
        using var client = new HttpClient { BaseAddress = new Uri(url) };

        await WaitForAsync(async () =>
        {
            try { return await client.GetStringAsync("/") == "ready"; }
            catch (HttpRequestException) { return false; }
        }, TimeSpan.FromSeconds(30));
        const string timer = """{"Data":{"timer":{"IsPastDue":false}},"Metadata":{}}""";
        var anonymous = await client.PostAsync("/ScheduleCrawl", new StringContent(timer, Encoding.UTF8, "application/json"));
        using var keyed = new HttpRequestMessage(HttpMethod.Post, "/ScheduleCrawl") { Content = new StringContent(timer, Encoding.UTF8, "application/json") };
        keyed.Headers.Add("x-functions-key", ServeCommand.SampleKey);
        var scheduled = await client.SendAsync(keyed);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);

        var results = Path.Combine(data.Path, "results");
        await WaitForAsync(() => Task.FromResult(Directory.Exists(results) && Directory.EnumerateFiles(results, "*.json", SearchOption.AllDirectories).Any()),
            TimeSpan.FromSeconds(90));
        using var dashboard = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard");
        dashboard.Headers.Add("x-functions-key", ServeCommand.SampleKey);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(dashboard)).StatusCode);

        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("监测服务已停止", stdout.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(data.Path, "captures"), "*", SearchOption.AllDirectories));
    }
}
