using System.CommandLine;
using System.Globalization;
using Monitor.Application.Hosting;
using Monitor.Cli.Monitoring;
using Monitor.Cli.Output;
using Monitor.Domain.Summary;

namespace Monitor.Cli.Commands;

/// <summary>
/// `summary [--registry FILE] [--data DIR] [--today DATE] [--send]`: the county's compliance table from what the
/// monitor has stored, without crawling. Without --registry it reads the sample county's sweep data. With --send it
/// also queues and sends the weekly summary email (SendGrid when configured, else .eml files). Exit 0, or 2 for
/// unusable input.
/// </summary>
public static class SummaryCommand
{
    public static Command Create(CliConsole console)
    {
        var registry = new Option<string?>("--registry") { Description = "县域登记表 JSON 文件；省略时使用内置示范县及其 sweep 数据" };
        var data = new Option<string?>("--data") { Description = $"本地数据文件夹（默认：示范县 {SweepCommand.SampleDataFolder}，登记表模式 .data）" };
        var today = new Option<string?>("--today") { Description = "以北京时间该日（yyyy-MM-dd）为“今天”（默认：示范县 2027-02-10，登记表模式为当前时间）" };
        var send = new Option<bool>("--send") { Description = "同时发送周报邮件（未配置 SendGrid 时写为 .eml 文件）" };
        var command = new Command("summary", "输出全县年报合规情况表（不抓取），可选发送周报邮件") { registry, data, today, send };
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(registry), parse.GetValue(data), parse.GetValue(today), parse.GetValue(send), ct));
        return command;
    }

    public static async Task<int> RunAsync(CliConsole console, string? registryPath, string? dataFolder, string? todayText, bool send, CancellationToken ct)
    {
        var (valid, today) = await MonitorSetup.ParseTodayAsync(console, todayText).ConfigureAwait(false);
        if (!valid) return CommandLineInvocation.UnusableInput;
        if (registryPath is null)
        {
            if (SampleCounty.Locate() is not { } sample)
            {
                await console.Error.WriteLineAsync("找不到内置示范县（samples/registry.json）；请用 --registry 指定登记表。").ConfigureAwait(false);
                return CommandLineInvocation.UnusableInput;
            }
            registryPath = sample.RegistryPath;
            dataFolder ??= SweepCommand.SampleDataFolder;
            today ??= SweepCommand.SampleToday;
        }
        var registry = await MonitorSetup.LoadRegistryAsync(console, registryPath, ct).ConfigureAwait(false);
        if (registry is null) return CommandLineInvocation.UnusableInput;
        if (await MonitorSetup.ReadSettingsAsync(console, dataFolder).ConfigureAwait(false) is not { } settings)
            return CommandLineInvocation.UnusableInput;
        if (settings.DataFolder is { } folder && !Directory.Exists(folder))
        {
            await console.Error.WriteLineAsync($"数据文件夹不存在：{Path.GetFullPath(folder)}（请先运行 sweep 或 crawl）").ConfigureAwait(false);
            return CommandLineInvocation.UnusableInput;
        }

        var time = today is { } day ? ShiftedTimeProvider.StartingAt(day, console.Time) : console.Time;
        using var host = MonitorHost.Create(settings, registry, time);
        WeeklySummary summary;
        if (send)
        {
            summary = await host.Summary.RunAsync(ct).ConfigureAwait(false);
            var delivery = await host.Delivery.DeliverAsync(summary.Email.IdempotencyKey, ct).ConfigureAwait(false);
            await console.Out.WriteLineAsync(delivery.Requested?.State == Domain.Alerts.OutboxState.Sent
                ? $"周报已发送：{summary.Email.Subject}"
                : $"周报已进入发件箱，稍后重试：{delivery.Requested?.LastError}").ConfigureAwait(false);
        }
        else
        {
            summary = await host.Summary.PreviewAsync(ct).ConfigureAwait(false);
        }
        ComplianceTableWriter.Write(console.Out, registry, summary.Rows, summary.Year);
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"数据：{host.DataFolder ?? "Azure 存储"}")).ConfigureAwait(false);
        return CommandLineInvocation.Clean;
    }
}
