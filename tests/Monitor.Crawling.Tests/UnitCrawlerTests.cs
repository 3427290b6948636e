using System.Text;
using Microsoft.Extensions.Time.Testing;
using Monitor.Domain.Documents;

namespace Monitor.Crawling.Tests;

public sealed class UnitCrawlerTests(FixturePortal fixture) : IClassFixture<FixturePortal>, IDisposable
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 2, 5, 1, 0, 0, TimeSpan.Zero));
    private readonly Monitor.Crawling.Fetching.PageFetcher fetcher = fixture.Fetcher();

    public void Dispose()
    {
        fetcher.Dispose();
        fixture.Portal.Version = 0;
    }

    private UnitCrawler Crawler() => new(fetcher, new UnitCrawlerOptions(), clock);

    private Task<UnitCrawlResult> Crawl(string unitId, UnitCrawlState? previous = null) =>
        Crawler().CrawlAsync(fixture.Registry.FindUnit(unitId)!, previous);

    private static IEnumerable<(CaptureRole, string, int, DateOnly?)> Flatten(UnitCrawlResult r) =>
        r.Captures.Select(c => (c.Role, c.SourceUrl.AbsolutePath, c.Year, c.PublishedOn));

    [Fact]
    public async Task Gbk_column_page_is_decoded_and_the_report_captured_with_its_meta_date()
    {
        var result = await Crawl("xutao");
        Assert.Equal(UnitOutcome.New, result.Outcome);
        Assert.Equal([(CaptureRole.DetailPage, "/ndbg/202601/t20260120_101.html", 2025, (DateOnly?)new DateOnly(2026, 1, 20))], Flatten(result));
        var capture = result.Captures[0];
        Assert.Equal("徐桃镇2025年度政府信息公开工作年度报告", capture.Title);
        Assert.Contains("青水县徐桃镇人民政府", TextDecoding.Decode(capture.Content));
        Assert.Equal(64, capture.Sha256.Length);
        Assert.NotNull(capture.Validators.ETag);
    }

    [Fact]
    public async Task Script_pagination_leads_to_the_report_on_page_two()
    {
        var result = await Crawl("hexi");
        Assert.Equal([(CaptureRole.DetailPage, "/gknb/202601/t20260125_7.html", 2025, (DateOnly?)new DateOnly(2026, 1, 25))], Flatten(result));
        Assert.Equal(new DateOnly(2026, 1, 25), result.Captures[0].ListedOn);
        Assert.Equal(1, fixture.Portal.Hits("hexi.qs.test", "/gknb/index_1.html"));
    }

    [Fact]
    public async Task Column_mixed_with_news_yields_only_the_reports_of_each_year()
    {
        var result = await Crawl("jyj");
        Assert.Equal(
            [
                (CaptureRole.DetailPage, "/zwgk/ndbg/202601/t20260128_3.html", 2025, (DateOnly?)new DateOnly(2026, 1, 28)),
                (CaptureRole.DetailPage, "/zwgk/ndbg/202501/t20250124_2.html", 2024, new DateOnly(2025, 1, 24)),
            ],
            Flatten(result));
    }

    [Fact]
    public async Task Pdf_only_report_is_captured_as_is_and_first_seen_stands_in_for_the_date()
    {
        var result = await Crawl("shanqian");
        var capture = Assert.Single(result.Captures);
        Assert.Equal(("application/pdf", (DateOnly?)null, clock.GetUtcNow()), (capture.ContentType, capture.PublishedOn, capture.FirstSeen));
        Assert.Equal(File.ReadAllBytes(Path.Combine(FixturePortal.Folder, "files", "shanqian-2025.pdf")), capture.Content);
    }

    [Theory]
    [InlineData("lianhua", "/gk/ndbg/P020260129_1.docx", "lianhua-2025.docx", 2026, 1, 29)]
    [InlineData("baisha", "/gk/ndbg/P020260202_1.doc", "baisha-2025.doc", 0, 0, 0)]
    public async Task Attachments_are_captured_with_the_detail_page(string unit, string path, string file, int y, int m, int d)
    {
        var result = await Crawl(unit);
        var attachment = Assert.Single(result.Captures, c => c.Role == CaptureRole.Attachment);
        Assert.Equal(path, attachment.SourceUrl.AbsolutePath);
        Assert.Equal(File.ReadAllBytes(Path.Combine(FixturePortal.Folder, "files", file)), attachment.Content);
        Assert.Equal(y == 0 ? null : new DateOnly(y, m, d), attachment.PublishedOn);
        Assert.Single(result.Captures, c => c.Role == CaptureRole.DetailPage);
    }

    [Theory]
    [InlineData("lianhua", CaptureRole.Attachment, null)]
    [InlineData("shanqian", CaptureRole.DetailPage, null)]
    [InlineData("baisha", CaptureRole.Attachment, "该文件为旧版Word（.doc）格式，无法自动读取，请人工核查。")]
    public async Task Captured_docx_and_pdf_read_as_the_report_and_legacy_doc_is_kept_but_unreadable(string unit, CaptureRole role, string? unreadable)
    {
        var capture = Assert.Single((await Crawl(unit)).Captures, c => c.Role == role);
        var read = new Monitor.Domain.Checking.ReportChecker().Read(capture.Content, capture.SourceUrl.ToString(), capture.ContentType, capture.Charset);
        Assert.Equal(unreadable, read.Document.UnreadableReason);
        if (unreadable is null) Assert.Contains("政府信息公开工作年度报告", read.Report.Title);
    }

    [Fact]
    public async Task Page_changed_after_first_capture_is_a_new_version()
    {
        var first = await Crawl("fengqiao");
        var unchanged = await Crawl("fengqiao", first.State);
        fixture.Portal.Version = 1;
        clock.Advance(TimeSpan.FromDays(3));
        var changed = await Crawl("fengqiao", unchanged.State);
        Assert.Equal([UnitOutcome.New, UnitOutcome.Unchanged, UnitOutcome.Changed], [first.Outcome, unchanged.Outcome, changed.Outcome]);
        var v2 = Assert.Single(changed.Captures);
        Assert.Equal((true, 2, first.Captures[0].FirstSeen), (v2.IsChange, v2.Version, v2.FirstSeen));
        Assert.NotEqual(first.Captures[0].Sha256, v2.Sha256);
        Assert.Contains("5件", Encoding.UTF8.GetString(v2.Content));
    }

    [Fact]
    public async Task Site_with_500s_and_timeouts_is_unreachable_and_failures_accumulate()
    {
        var first = await Crawl("shuikou");
        var second = await Crawl("shuikou", first.State);
        Assert.Equal((UnitOutcome.Unreachable, 1, 2), (first.Outcome, first.ConsecutiveListingFailures, second.ConsecutiveListingFailures));
        Assert.Contains("HTTP 500", first.UnreachableReason);
        Assert.Equal(["服务器返回HTTP 500", "请求超时"], first.State.Listings.Values.Select(l => l.LastFailureReason!).Order());
        Assert.Empty(first.Captures);
    }

    [Fact]
    public async Task Redirect_loop_makes_the_unit_unreachable_without_looping()
    {
        var result = await Crawl("gaoling");
        Assert.Equal(UnitOutcome.Unreachable, result.Outcome);
        Assert.Contains("重定向循环", result.UnreachableReason);
        Assert.True(fixture.Portal.Hits("gaoling.qs.test", "/ndbg/") <= 2);
    }

    [Fact]
    public async Task Robots_disallowed_report_and_60_MB_attachment_are_problems_not_captures()
    {
        var result = await Crawl("longtan");
        Assert.Equal([(CaptureRole.DetailPage, "/gk/ndbg/t20260126_4.html", 2025, (DateOnly?)new DateOnly(2026, 1, 26))], Flatten(result));
        Assert.Equal(
            [
                ("/private/t20250120_1.html", "robots.txt 禁止访问 /private/t20250120_1.html"),
                ("/gk/ndbg/P020260126_scan.pdf", "文件超过大小上限（30 MB），未下载"),
            ],
            result.Problems.Select(p => (p.Url.AbsolutePath, p.Reason)).OrderByDescending(p => p.AbsolutePath));
        Assert.Equal(0, fixture.Portal.Hits("longtan.qs.test", "/private/t20250120_1.html"));
    }

    [Fact]
    public async Task Second_pass_over_an_unchanged_portal_costs_only_304s_and_captures_nothing()
    {
        string[] units = ["xutao", "hexi", "jyj", "shanqian", "lianhua", "baisha", "fengqiao"];
        var first = await Task.WhenAll(units.Select(u => Crawl(u)));
        fixture.Portal.ResetCounters();
        var second = await Task.WhenAll(first.Select(r => Crawl(r.UnitId, r.State)));
        Assert.All(second, r => Assert.Equal(UnitOutcome.Unchanged, r.Outcome));
        Assert.Empty(second.SelectMany(r => r.Captures));
        Assert.Equal(first.Sum(r => r.Requests), second.Sum(r => r.Requests));
        Assert.Equal((second.Sum(r => r.Requests), second.Sum(r => r.Requests)), (fixture.Portal.Requests, fixture.Portal.NotModifiedCount));
    }
}
