using System.CommandLine;
using Monitor.Cli.Output;
using Monitor.Crawling;
using Monitor.Crawling.Discovery;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Registry;
using Spectre.Console;

namespace Monitor.Cli.Commands;

/// <summary>
/// `probe URL [--unit-name NAME] [--reader NAME]`: fetches one listing (column) URL politely, as the crawler would, and
/// prints in Chinese which listing reader recognised each page, the entries and further pages it found with their
/// dates, and which entries it takes as the unit's reports, so county IT can check a registry entry before the season.
/// Exit 0: the column was read and lists entries; 1: reached but not understood (what the crawl reports as F06);
/// 2: unusable arguments or the URL could not be fetched.
/// </summary>
public static class ProbeCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider time, Action<CrawlerHttpOptions>? configureHttp = null)
    {
        var url = new Argument<string>("URL") { Description = "单位年报栏目页网址（登记表 listingUrls 中的一项）" };
        var unitName = new Option<string?>("--unit-name") { Description = "单位全称，用于判断哪些年报属于该单位" };
        var reader = new Option<string?>("--reader") { Description = $"指定栏目读取方式（{string.Join(" / ", ListingReaders.All.Select(r => r.Name))}）" };
        var command = new Command("probe", "试读一个年报栏目：识别网站类型，列出条目、分页与日期，判断哪些是该单位的年报") { url, unitName, reader };
        command.SetAction(async (parse, ct) =>
            await RunAsync(output, error, time, parse.GetValue(url)!, parse.GetValue(unitName), parse.GetValue(reader), configureHttp, ct).ConfigureAwait(false));
        return command;
    }

    public static async Task<int> RunAsync(TextWriter output, TextWriter error, TimeProvider time, string urlText, string? unitName, string? readerName,
        Action<CrawlerHttpOptions>? configureHttp, CancellationToken ct)
    {
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || urlText.Length > 2048)
        {
            await error.WriteLineAsync($"网址无效：{Truncate(urlText)}（应为 http:// 或 https:// 开头的完整网址）").ConfigureAwait(false);
            return 2;
        }
        if (readerName is not null && ListingReaders.Named(readerName) is null)
        {
            await error.WriteLineAsync($"未知的栏目读取方式“{readerName}”（可选：{string.Join(" / ", ListingReaders.All.Select(r => r.Name))}）").ConfigureAwait(false);
            return 2;
        }
        var http = new CrawlerHttpOptions { AllowedHosts = AllowedHostsOptions.ForListings([url]) };
        configureHttp?.Invoke(http);
        using var fetcher = CrawlerHttp.CreateFetcher(http, time);
        var result = await new ListingProbe(fetcher).ProbeAsync(url, unitName, readerName, ct).ConfigureAwait(false);

        if (!result.Reached)
        {
            await error.WriteLineAsync($"无法访问 {url}：{result.Pages.FirstOrDefault()?.Failure ?? "无法访问"}").ConfigureAwait(false);
            return 2;
        }
        await output.WriteLineAsync($"试读栏目 {url}" + (unitName is null ? "" : $"（单位：{unitName}）")).ConfigureAwait(false);
        var console = PlainConsole.For(output, 200);
        var pages = new Table().AddColumns("#", "页面", "识别为", "条目", "后续页面", "说明");
        var n = 0;
        foreach (var page in result.Pages)
        {
            n++;
            pages.AddRow(n.ToString(), Markup.Escape(Truncate(page.Url.ToString())), Markup.Escape(page.ReaderChinese ?? "—"), (page.Read?.Items.Count ?? 0).ToString(),
                (page.Read?.MorePages.Count ?? 0).ToString(), Markup.Escape(page.Failure ?? page.Read?.NotUnderstood ?? (page.Read?.IsShell == true ? "外壳页，列表来自接口" : "")));
        }
        console.Write(pages);

        var items = new Table().AddColumns("日期", "标题", "年度", "发布机构", "判断");
        foreach (var item in result.Items)
        {
            items.AddRow(item.Item.ListedOn?.ToString("yyyy-MM-dd") ?? "—", Markup.Escape(Truncate(item.Item.Title)), item.Year?.ToString() ?? "—",
                Markup.Escape(item.Item.Issuer ?? "—"), Verdict(item.Verdict));
        }
        if (result.Items.Count > 0) console.Write(items);

        var reports = result.Items.Count(i => i.Verdict is ProbeVerdict.UnitsReport or ProbeVerdict.Report);
        if (!result.Understood)
        {
            await output.WriteLineAsync($"结论：栏目能访问但无法识别（{result.Pages.Select(p => p.Read?.NotUnderstood).FirstOrDefault(r => r is not null) ?? "未找到任何栏目条目"}）。"
                + "抓取时将报告 F06 栏目无法识别，不会判为逾期未公开；请核对网址，或在登记表中用 listingReader 指定读取方式。").ConfigureAwait(false);
            return 1;
        }
        await output.WriteLineAsync($"结论：共 {result.Pages.Count} 页、{result.Items.Count} 个条目，其中" +
            (unitName is null ? $"年报 {reports} 篇。" : $"本单位年报 {reports} 篇，其他单位年报 {result.Items.Count(i => i.Verdict == ProbeVerdict.OtherBodysReport)} 篇（不会归入本单位），"
                + $"需看详情页发布机构 {result.Items.Count(i => i.Verdict == ProbeVerdict.NeedsDetailPage)} 篇。")).ConfigureAwait(false);
        return 0;
    }

    private static string Verdict(ProbeVerdict verdict) => verdict switch
    {
        ProbeVerdict.UnitsReport => "本单位年报",
        ProbeVerdict.OtherBodysReport => "其他单位年报（不采集）",
        ProbeVerdict.NeedsDetailPage => "年报，待详情页发布机构确认",
        ProbeVerdict.Report => "年报",
        _ => "非年报",
    };

    private static string Truncate(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
