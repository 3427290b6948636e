using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Monitor.Application.Hosting;
using Monitor.Application.Queues;
using Monitor.Cli.Commands;
using Monitor.Cli.Fuzzing;
using Monitor.Domain.Capture;
using Monitor.Storage.Local;
using Monitor.Testing;

namespace Monitor.Cli.Tests;

/// <summary>
/// `serve` runs the function app without the Functions host: its endpoints answer, a timer invocation starts a crawl
/// that the in-process queue dispatch carries through to stored captures and results, and cancelling stops it cleanly.
/// </summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

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
        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
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
        Assert.Contains("已开始首次抓取", stdout.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(data.Path, "captures"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Serve_reads_a_nested_table_bomb_as_unreadable_and_parks_a_message_that_killed_the_process_five_times()
    {
        var queues = Path.Combine(data.Path, "queues");
        await new LocalFolderWorkQueue(queues, TimeProvider.System).SendAsync(MonitorHost.CaptureEventsQueue, "killer-capture");
        for (var restart = 0; restart < 5; restart++)
        {
            // Each earlier process received the message, then died in its handler: a fresh queue per "process".
            Assert.NotNull(await new LocalFolderWorkQueue(queues, TimeProvider.System).TryReceiveAsync(MonitorHost.CaptureEventsQueue));
        }
        var stores = LocalStorage.Create(new LocalStorageOptions { DataFolder = data.Path });
        var bomb = await stores.Captures.SaveAsync(
            new CaptureDraft("shifan", "dongcheng", 2026, "http://dongcheng.shifan.example.gov.cn/bomb.docx", "年报",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", DateTimeOffset.UtcNow),
            HostileCorpus.NestedTablesDocx(100_000));
        await new LocalFolderWorkQueue(queues, TimeProvider.System).SendAsync(MonitorHost.CaptureEventsQueue, bomb.Record.Name);

        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var console = new CliConsole(new StringWriter(), new StringWriter(), new FakeTimeProvider(CliRunner.Now), ErrorIsTerminal: false);
        using var stop = new CancellationTokenSource();
        var serving = ServeCommand.RunAsync(console, null, data.Path, url, stop.Token, crawlOnStart: false);

        var results = Path.Combine(data.Path, "results");
        var poison = Path.Combine(queues, QueueNames.Poison(MonitorHost.CaptureEventsQueue));
        await WaitForAsync(() => Task.FromResult(
            Directory.Exists(results) && Directory.EnumerateFiles(results, "*.json", SearchOption.AllDirectories).Any() &&
            Directory.Exists(poison) && Directory.EnumerateFiles(poison).Any()), TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        Assert.Equal("ready", await client.GetStringAsync("/"));
        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30)));

        var result = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(results, "*.json", SearchOption.AllDirectories)));
        Assert.Contains("S05", result, StringComparison.Ordinal);
        Assert.Contains("嵌套超过256层", result, StringComparison.Ordinal);
        var parked = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(poison)));
        Assert.Contains("killer-capture", parked, StringComparison.Ordinal);
        Assert.Contains("Delivered 5 times without completing", parked, StringComparison.Ordinal);
    }
}
