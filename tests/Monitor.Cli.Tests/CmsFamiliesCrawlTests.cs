using Monitor.Application.Hosting;
using Monitor.Cli.Commands;
using Monitor.Domain.Capture;
using Monitor.Domain.Deadlines;
using Monitor.PortalSimulator;
using Monitor.Storage.Local;
using Monitor.Testing;

namespace Monitor.Cli.Tests;

/// <summary>
/// The county of every CMS family (tests/fixtures/cms-families, written from public evidence of each family; see its
/// README) crawled as on 2026-02-10: each unit's 2025 and 2024 reports found with the right year and 发布日期, news,
/// look-alikes and other units' reports left alone, servlet and sibling-host attachments stored by content, scans
/// archived, the unreadable column reported as F06, and no F01 anywhere.
/// </summary>
public sealed class CmsFamiliesCrawlTests : IAsyncLifetime, IDisposable
{
    private static readonly string Fixture = RepoRoot.Combine("tests", "fixtures", "cms-families");
    private static readonly string[] Families = ["hanweb-jpage", "trs-classic", "trs-list", "gkmlpt", "jpaas", "county-column", "unrecognised"];

    private readonly FakePortal portal = new();
    private readonly string data = Directory.CreateTempSubdirectory("families-").FullName;

    public async Task InitializeAsync()
    {
        foreach (var family in Families) portal.LoadFolder(Path.Combine(Fixture, family));
        await portal.StartAsync();
    }

    public async Task DisposeAsync() => await portal.DisposeAsync();

    public void Dispose() => Directory.Delete(data, recursive: true);

    private async Task<(int Exit, string Out, string Err)> Crawl()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var time = ShiftedTimeProvider.StartingAt(new DateTimeOffset(2026, 2, 10, 10, 0, 0, ChinaTime.Offset));
        var exit = await CrawlCommand.RunAsync(output, error, time, Path.Combine(Fixture, "registry.json"), data, null, http =>
        {
            http.ConnectCallback = portal.ConnectCallback;
            http.Politeness.DelayPerHost = TimeSpan.Zero;
            http.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            http.Resilience.MaxRetries = 1;
        }, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<IReadOnlyList<CaptureRecord>> Captures(string unit) =>
        await LocalStorage.Create(new LocalStorageOptions { DataFolder = data }).Captures.ListAsync("luming", unit);

    private async Task<List<(int? Year, DateOnly? PublishedOn, string Path)>> Pages(string unit) =>
        [.. (await Captures(unit)).Where(c => c.FileExtension == "html").Select(c => (c.ReportYear, c.PublishedOn, new Uri(c.SourceUrl).AbsolutePath)).OrderByDescending(c => c.ReportYear)];

    [Theory]
    [InlineData("chengguan", "/art/2026/1/22/art_1501_90001.html", "2026-01-22", "/art/2025/1/20/art_1501_80001.html", "2025-01-20")]
    [InlineData("jyj", "/zwgk/ndbg/202601/t20260122_123.html", "2026-01-22", "/zwgk/ndbg/202501/t20250117_88.html", "2025-01-17")]
    [InlineData("xinhua", "/xhjd/gknb/202601/t20260119_4567.html", "2026-01-19", "/xhjd/gknb/202501/t20250115_3456.html", "2025-01-15")]
    [InlineData("sjj", "/gkmlpt/content/2/2011/post_2011001.html", "2026-01-23", "/gkmlpt/content/2/2010/post_2010001.html", "2025-01-21")]
    [InlineData("taiping", "/art/2026/1/25/art_2301_70001.html", "2026-01-25", "/art/2025/1/24/art_2301_60001.html", "2025-01-24")]
    [InlineData("mzj", "/zfxxgk/ndbg/202601/t20260126_501.html", "2026-01-26", "/zfxxgk/ndbg/202501/t20250122_301.html", "2025-01-22")]
    [InlineData("shuangxi", "/zfxxgk/ndbg/202601/t20260127_502.html", "2026-01-27", "/zfxxgk/ndbg/202501/t20250123_302.html", "2025-01-23")]
    public async Task Each_family_yields_exactly_the_units_2025_and_2024_reports_with_their_publication_dates(
        string unit, string page2025, string published2025, string page2024, string published2024)
    {
        var (exit, output, _) = await Crawl();

        Assert.Equal(0, exit);
        Assert.Equal(
            [(2025, DateOnly.Parse(published2025), page2025), (2024, DateOnly.Parse(published2024), page2024)],
            (await Pages(unit)).Select(p => (p.Year ?? 0, p.PublishedOn ?? default, p.Path)));
        Assert.DoesNotContain(" F01 ", output);
    }

    [Fact]
    public async Task Attachments_behind_download_servlets_and_on_the_sibling_file_host_are_stored_by_content_and_foreign_hosts_refused()
    {
        var (_, output, _) = await Crawl();

        Assert.Equal(["html", "pdf"], (await Captures("chengguan")).Where(c => c.ReportYear == 2025).Select(c => c.FileExtension).Order());
        Assert.Equal(["docx", "html"], (await Captures("mzj")).Where(c => c.ReportYear == 2025).Select(c => c.FileExtension).Order());
        var shuangxi = (await Captures("shuangxi")).Where(c => c.ReportYear == 2025).ToList();
        Assert.Contains(shuangxi, c => c.SourceUrl == "http://file.luming.gov.cn/uploadfile/2026/0126/20260126093012345.pdf" && c.FileExtension == "pdf");
        Assert.DoesNotContain(shuangxi, c => c.SourceUrl.Contains("example.com", StringComparison.Ordinal));
        Assert.Contains("附件位于本网站以外的主机，未下载", output);
        Assert.Equal(0, portal.Hits("www.example.com", "/mirror/report.pdf"));
    }

    [Fact]
    public async Task Other_units_reports_news_and_look_alikes_on_the_same_columns_are_not_stored()
    {
        await Crawl();

        var all = new List<CaptureRecord>();
        foreach (var unit in new[] { "chengguan", "jyj", "xinhua", "sjj", "taiping", "mzj", "shuangxi", "shiqiao" }) all.AddRange(await Captures(unit));
        var titles = all.Select(c => c.PageTitle ?? "").ToList();

        Assert.DoesNotContain(titles, t => t.Contains("财政局") || t.Contains("桃源镇") || t.Contains("鹿鸣县人民政府") || t.Contains("法治政府") || t.Contains("绩效") || t.Contains("要点") || t.Contains("通知"));
        Assert.Equal(0, portal.Hits("www.luming.gov.cn", "/zfxxgk/ndbg/202601/t20260124_498.html"));
    }

    [Fact]
    public async Task A_report_published_as_scans_is_archived_with_its_images()
    {
        await Crawl();

        var scans = (await Captures("taiping")).Where(c => c.ReportYear == 2024).Select(c => c.FileExtension).ToList();

        Assert.Equal(5, scans.Count);
        Assert.Equal(4, scans.Count(e => e == "png"));
    }

    [Fact]
    public async Task The_unreadable_column_is_F06_with_its_url_and_never_F01_and_the_status_says_so()
    {
        var (_, output, _) = await Crawl();

        Assert.Contains("鹿鸣县石桥镇人民政府 F06 栏目无法识别：", output);
        Assert.Contains("http://shiqiao.luming.gov.cn/xxgk/nb/index.html", output);
        Assert.Contains("栏目无法识别：未找到任何栏目条目", output);
        Assert.DoesNotContain(" F01 ", output);
    }

    [Fact]
    public async Task Second_pass_over_the_unchanged_portals_costs_only_conditional_requests_and_stores_nothing()
    {
        await Crawl();
        var stored = Directory.GetFiles(Path.Combine(data, "captures"), "*", SearchOption.AllDirectories).Length;
        portal.ResetCounters();

        var (_, output, _) = await Crawl();

        var pageRequests = portal.HitsByUrl.Where(h => !h.Key.EndsWith("/robots.txt", StringComparison.Ordinal)).Sum(h => h.Value);
        Assert.True(pageRequests == portal.NotModifiedCount, string.Join("\n", portal.HitsByUrl.Select(h => $"{h.Key} {h.Value}")));
        Assert.Equal(stored, Directory.GetFiles(Path.Combine(data, "captures"), "*", SearchOption.AllDirectories).Length);
        Assert.Contains("合计：新发现 0，已变更 0，无变化 8，无法访问 0", output);
    }

    [Fact]
    public async Task The_shared_county_column_is_fetched_once_per_pass()
    {
        await Crawl();

        Assert.Equal(1, portal.Hits("www.luming.gov.cn", "/zfxxgk/ndbg/index.html"));
    }
}
