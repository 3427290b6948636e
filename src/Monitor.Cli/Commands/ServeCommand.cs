using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Monitor.Application.Configuration;
using Monitor.Crawling.Fetching;
using Monitor.Standalone;
using Monitor.PortalSimulator;

namespace Monitor.Cli.Commands;

/// <summary>
/// `serve [--registry FILE] [--data DIR] [--urls URL]`: the function app without the Functions host, for
/// on-premises use and local development — the same endpoints, the timers on their schedules (CrawlSchedule,
/// DeadlineSchedule, SummarySchedule; UTC) and the queues and capture events dispatched in-process over a local
/// data folder. Without --registry it serves the sample county (samples/portal) on 127.0.0.1 as well. Runs until
/// Ctrl+C; exit 0 after a clean stop, 2 for unusable input.
/// </summary>
public static class ServeCommand
{
    /// <summary>The key the sample mode uses when none is configured, so the HTTP endpoints can be tried locally.</summary>
    public const string SampleKey = "local-development-key";

    public static Command Create(CliConsole console)
    {
        var registry = new Option<string?>("--registry") { Description = "县域登记表 JSON 文件；省略时使用内置示范县并同时提供其模拟网站" };
        var data = new Option<string?>("--data") { Description = "本地数据文件夹（默认：示范县 .data/serve，登记表模式 .data）" };
        var urls = new Option<string?>("--urls") { Description = $"监听地址（默认 {StandaloneHost.DefaultUrl}）" };
        var noInitialCrawl = new Option<bool>("--no-initial-crawl") { Description = "启动时不立即抓取，等待第一次计划抓取" };
        var command = new Command("serve", "不依赖 Azure Functions 主机运行监测服务：启动即抓取一次，之后定时抓取、检查、提醒、周报与 HTTP 复核接口，按 Ctrl+C 停止")
        {
            registry, data, urls, noInitialCrawl,
        };
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(registry), parse.GetValue(data), parse.GetValue(urls), ct, !parse.GetValue(noInitialCrawl)));
        return command;
    }

    public static async Task<int> RunAsync(CliConsole console, string? registryPath, string? dataFolder, string? urls, CancellationToken ct,
        bool crawlOnStart = true, TimeProvider? time = null)
    {
        var args = new List<string>();
        FakePortal? portal = null;
        Action<CrawlerHttpOptions>? configureHttp = null;
        if (registryPath is null)
        {
            if (SampleCounty.Locate() is not { } sample)
            {
                await console.Error.WriteLineAsync("找不到内置示范县（samples/portal 与 samples/registry.json）；请用 --registry 指定登记表。").ConfigureAwait(false);
                return CommandLineInvocation.UnusableInput;
            }
            registryPath = sample.RegistryPath;
            dataFolder ??= Path.Combine(".data", "serve");
            portal = new FakePortal();
            portal.LoadFolder(sample.PortalFolder);
            await portal.StartAsync().ConfigureAwait(false);
            configureHttp = http => http.ConnectCallback = portal.ConnectCallback;
            if (Environment.GetEnvironmentVariable(AppSettingNames.RecheckApiKey) is null) args.Add($"--Recheck:ApiKey={SampleKey}");
        }
        else if (!File.Exists(registryPath))
        {
            await console.Error.WriteLineAsync($"找不到登记表文件：{registryPath}").ConfigureAwait(false);
            return CommandLineInvocation.UnusableInput;
        }

        args.Add($"--Registry:Location={Path.GetFullPath(registryPath)}");
        if (dataFolder is not null) args.Add($"--Monitor:DataFolder={Path.GetFullPath(dataFolder)}");
        if (urls is not null) args.Add($"--urls={urls}");
        try
        {
            var app = StandaloneHost.Build([.. args], new StandaloneOptions
            {
                ConfigureHttp = configureHttp,
                CrawlOnStart = crawlOnStart,
                Time = time ?? TimeProvider.System,
                Notice = line => { lock (console.Out) console.Out.WriteLine(line); },
            });
            await app.StartAsync(ct).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"监测服务已启动：{string.Join("，", app.Urls)}（登记表 {registryPath}；按 Ctrl+C 停止）").ConfigureAwait(false);
            if (portal is not null)
                await console.Out.WriteLineAsync($"示范县模拟网站：http://127.0.0.1:{portal.EndPoint.Port}；HTTP 接口密钥（未配置 Recheck__ApiKey 时）：{SampleKey}").ConfigureAwait(false);
            try
            {
                await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop below.
            }
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            await console.Out.WriteLineAsync("监测服务已停止。").ConfigureAwait(false);
            return CommandLineInvocation.Clean;
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or IOException)
        {
            await console.Error.WriteLineAsync($"无法启动监测服务：{e.Message}").ConfigureAwait(false);
            return CommandLineInvocation.UnusableInput;
        }
        finally
        {
            if (portal is not null) await portal.DisposeAsync().ConfigureAwait(false);
        }
    }
}
