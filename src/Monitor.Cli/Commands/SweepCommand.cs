using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Monitor.Cli.Monitoring;
using Monitor.Cli.Output;
using Monitor.Application.Configuration;
using Monitor.Application.Hosting;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Registry;
using Monitor.PortalSimulator;

namespace Monitor.Cli.Commands;

/// <summary>
/// `sweep [--registry FILE] [--data DIR] [--today DATE]`, the main job: one whole monitoring cycle — crawl every unit,
/// validate what is new, check deadlines, send alerts, send the weekly summary — then the county's compliance table in
/// Chinese. Without --registry it serves the bundled sample county (samples/portal) on 127.0.0.1 and looks at it as on
/// 2027-02-10, with mail written as .eml files; with --registry it monitors the real sites and mails through SendGrid
/// when SendGrid__ApiKey is set. Exit 0 when the cycle ran (findings are data, not failures), 2 for unusable input.
/// </summary>
public static class SweepCommand
{
    /// <summary>The sample county is looked at as on this day (China time), after the 2026 reports' deadline.</summary>
    public static readonly DateTimeOffset SampleToday = new(2027, 2, 10, 10, 0, 0, ChinaTime.Offset);

    /// <summary>
    /// The sample's earlier passes, days before today: a monitor crawls several times a day, so by "today" it has
    /// seen every page before (a changed one shows as changed, F04) and a dead site has failed three times (F05).
    /// </summary>
    public static readonly int[] SampleEarlierPassesDaysBefore = [3, 2];

    public const string SampleDataFolder = ".data/sweep";

    public static Command Create(CliConsole console)
    {
        var registry = new Option<string?>("--registry") { Description = "县域登记表 JSON 文件；省略时使用内置示范县（samples/）" };
        var data = new Option<string?>("--data") { Description = $"本地数据文件夹（默认：示范县 {SampleDataFolder}，登记表模式 .data）" };
        var today = new Option<string?>("--today") { Description = "以北京时间该日（yyyy-MM-dd）为“今天”运行（默认：示范县 2027-02-10，登记表模式为当前时间）" };
        var command = new Command("sweep", "运行一次完整监测：抓取、检查、期限、提醒邮件、周报，并输出全县合规情况表") { registry, data, today };
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(registry), parse.GetValue(data), parse.GetValue(today), ct));
        return command;
    }

    public static async Task<int> RunAsync(CliConsole console, string? registryPath, string? dataFolder, string? todayText, CancellationToken ct)
    {
        var (valid, today) = await MonitorSetup.ParseTodayAsync(console, todayText).ConfigureAwait(false);
        if (!valid) return CommandLineInvocation.UnusableInput;
        return registryPath is null
            ? await SampleAsync(console, dataFolder ?? SampleDataFolder, today ?? SampleToday, ct).ConfigureAwait(false)
            : await RegistryAsync(console, registryPath, dataFolder, today, ct).ConfigureAwait(false);
    }

    private static async Task<int> SampleAsync(CliConsole console, string dataFolder, DateTimeOffset today, CancellationToken ct)
    {
        var samples = SampleCounty.Locate();
        if (samples is null)
        {
            await console.Error.WriteLineAsync("找不到内置示范县（samples/portal 与 samples/registry.json）；请在代码仓库目录下运行，或用 --registry 指定登记表。").ConfigureAwait(false);
            return CommandLineInvocation.UnusableInput;
        }
        var registry = await MonitorSetup.LoadRegistryAsync(console, samples.RegistryPath, ct).ConfigureAwait(false);
        if (registry is null) return CommandLineInvocation.UnusableInput;

        await using var portal = new FakePortal();
        portal.LoadFolder(samples.PortalFolder);
        await portal.StartAsync().ConfigureAwait(false);
        var settings = MonitorSettings.Read(key => key == AppSettingNames.Key(AppSettingNames.DataFolder) ? dataFolder : null);
        void PointAtPortal(CrawlerHttpOptions http)
        {
            http.ConnectCallback = portal.ConnectCallback;
            http.Politeness = new PolitenessOptions { DelayPerHost = TimeSpan.FromMilliseconds(10) };
            http.Resilience = new ResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(20), MaxRetries = 1, AttemptTimeout = TimeSpan.FromSeconds(2) };
        }

        await console.Out.WriteLineAsync($"示范县：{registry.CountyName}（{registry.Units.Count} 个单位），模拟网站 http://127.0.0.1:{portal.EndPoint.Port}，数据文件夹 {Path.GetFullPath(dataFolder)}").ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var fresh = !Directory.Exists(Path.Combine(dataFolder, "capture-records"));
        var pass = 0;
        if (fresh)
        {
            foreach (var daysBefore in SampleEarlierPassesDaysBefore)
            {
                var before = today.AddDays(-daysBefore);
                await console.Out.WriteLineAsync($"第{++pass}轮（{ChinaTime.DateOf(before):yyyy年M月d日}）：抓取、检查与期限").ConfigureAwait(false);
                using var earlier = MonitorHost.Create(settings, registry, ShiftedTimeProvider.StartingAt(before), PointAtPortal);
                await RunCycleAsync(console, earlier, withSummary: false, ct).ConfigureAwait(false);
            }
        }
        portal.Version = 1;
        // Between the earlier passes and today, one unit replaces its published report (the portal's second version).
        await console.Out.WriteLineAsync($"{(fresh ? $"第{pass + 1}轮" : "本轮")}（{ChinaTime.DateOf(today):yyyy年M月d日}）：抓取、检查、期限、提醒与周报").ConfigureAwait(false);
        using var host = MonitorHost.Create(settings, registry, ShiftedTimeProvider.StartingAt(today), PointAtPortal);
        var report = await RunCycleAsync(console, host, withSummary: true, ct).ConfigureAwait(false);
        ComplianceTableWriter.Write(console.Out, registry, report.Summary!.Rows, report.Summary.Year);
        await WriteFooterAsync(console, host, clock.Elapsed).ConfigureAwait(false);
        return CommandLineInvocation.Clean;
    }

    private static async Task<int> RegistryAsync(CliConsole console, string registryPath, string? dataFolder, DateTimeOffset? today, CancellationToken ct)
    {
        var registry = await MonitorSetup.LoadRegistryAsync(console, registryPath, ct).ConfigureAwait(false);
        if (registry is null) return CommandLineInvocation.UnusableInput;
        if (await MonitorSetup.ReadSettingsAsync(console, dataFolder).ConfigureAwait(false) is not { } settings)
            return CommandLineInvocation.UnusableInput;
        var time = today is { } day ? ShiftedTimeProvider.StartingAt(day, console.Time) : console.Time;
        var clock = Stopwatch.StartNew();
        using var host = MonitorHost.Create(settings, registry, time);
        await console.Out.WriteLineAsync($"{registry.CountyName}：{registry.Units.Count} 个单位，数据文件夹 {host.DataFolder}，" +
            (settings.Mail.SendGridKey is null ? "邮件写为 .eml 文件" : "邮件通过 SendGrid 发送")).ConfigureAwait(false);
        var report = await RunCycleAsync(console, host, withSummary: true, ct).ConfigureAwait(false);
        ComplianceTableWriter.Write(console.Out, registry, report.Summary!.Rows, report.Summary.Year);
        await WriteFooterAsync(console, host, clock.Elapsed).ConfigureAwait(false);
        return CommandLineInvocation.Clean;
    }

    private static async Task<CycleReport> RunCycleAsync(CliConsole console, MonitorHost host, bool withSummary, CancellationToken ct)
    {
        var runtime = new StandaloneRuntime(host);
        var registry = host.Services.Registry;
        runtime.Processed += (message, failure) =>
        {
            var line = failure is not null ? $"  [重试] {message.QueueName}：{failure.Message}"
                : message.QueueName switch
                {
                    Monitor.Application.Queues.QueueNames.CrawlRequests => $"  [抓取] {UnitName(registry, message.Body)}",
                    MonitorHost.CaptureEventsQueue => $"  [检查] {message.Body}",
                    _ => $"  [邮件] {message.Body}",
                };
            lock (console.Error) console.Error.WriteLine(line);
        };
        var report = await runtime.RunCycleAsync(withSummary, ct).ConfigureAwait(false);
        var newCaptures = report.Crawls.Sum(c => c.Stored.Count);
        var alerts = report.Validations.Count(v => v.AlertId is not null) + report.Deadlines.Count(d => d.AlertId is not null);
        await console.Out.WriteLineAsync($"  抓取 {report.Crawls.Count} 个单位，新留存 {newCaptures} 份，检查 {report.Validations.Count} 份，新提醒 {alerts} 封" +
            (report.Failures.Count > 0 ? $"，重试 {report.Failures.Count} 次" : "")).ConfigureAwait(false);
        foreach (var line in Monitor.Domain.Alerts.UndeliveredMail.Describe(report.NotDelivered))
            await console.Out.WriteLineAsync($"  {line}").ConfigureAwait(false);
        foreach (var problem in report.Deadlines.Where(d => d.Problem is not null))
            await console.Error.WriteLineAsync($"  {problem.Unit.Name} 期限检查失败：{problem.Problem}").ConfigureAwait(false);
        return report;
    }

    private static string UnitName(CountyRegistry registry, string body)
    {
        var id = System.Text.Json.JsonSerializer.Deserialize<Monitor.Application.Monitoring.CrawlRequest>(body, System.Text.Json.JsonSerializerOptions.Web)?.Unit ?? "";
        return registry.FindUnit(id)?.Name ?? id;
    }

    private static async Task WriteFooterAsync(CliConsole console, MonitorHost host, TimeSpan elapsed)
    {
        var mail = host.Services.EmailSender is Monitor.Notifications.Eml.EmlFileEmailSender eml ? eml.Folder : null;
        if (mail is not null)
        {
            var files = Directory.Exists(mail) ? Directory.GetFiles(mail, "*.eml") : [];
            await console.Out.WriteLineAsync($"邮件：{files.Length} 封（{files.Count(f => Path.GetFileName(f).Contains("summary", StringComparison.Ordinal))} 封周报）已写入 {mail}").ConfigureAwait(false);
        }
        await console.Out.WriteLineAsync($"留存副本与检查结果：{host.DataFolder}").ConfigureAwait(false);
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"用时 {elapsed.TotalSeconds:F1} 秒")).ConfigureAwait(false);
    }
}

/// <summary>Where the bundled sample county lives: samples/portal and samples/registry.json of the repository.</summary>
public sealed record SampleCounty(string PortalFolder, string RegistryPath)
{
    /// <summary>Looks upward from the working folder, then from the program's folder (dotnet run, tests, a published copy).</summary>
    public static SampleCounty? Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var portal = Path.Combine(dir.FullName, "samples", "portal");
                var registry = Path.Combine(dir.FullName, "samples", "registry.json");
                if (File.Exists(Path.Combine(portal, "portal.json")) && File.Exists(registry)) return new SampleCounty(portal, registry);
            }
        }
        return null;
    }
}
