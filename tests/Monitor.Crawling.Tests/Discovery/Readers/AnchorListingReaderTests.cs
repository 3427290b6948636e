using Monitor.Crawling.Discovery;
using Monitor.Crawling.Discovery.Readers;

namespace Monitor.Crawling.Tests.Discovery.Readers;

public class AnchorListingReaderTests
{
    private static readonly Uri Column = new("http://www.qs.example/xutao/ndbg/index.html");

    private static ListingRead Read(string html) => new AnchorListingReader().Read(new ListingSource(Column, html, "text/html"));

    [Fact]
    public void Lists_dated_entries_with_their_dates_and_skips_script_links()
    {
        var page = Read("""
            <ul class="list">
              <li><a href="./202601/t20260120_1.html" title="徐桃镇2025年度政府信息公开工作年度报告">徐桃镇2025年度政府信息...</a><span>2026-01-20</span></li>
              <li><a href="../news/t1.html">徐桃镇召开2025年工作要点部署会</a><span>2026-01-05</span></li>
              <li><a href="./202501/t20250125_9.html">二〇二四年政府信息公开工作年度报告</a><span>2025年1月25日</span></li>
              <li><a href="javascript:void(0)">2023年度报告</a></li>
            </ul>
            """);

        Assert.Equal(
            [
                ("http://www.qs.example/xutao/ndbg/202601/t20260120_1.html", "徐桃镇2025年度政府信息公开工作年度报告", (DateOnly?)new DateOnly(2026, 1, 20)),
                ("http://www.qs.example/xutao/news/t1.html", "徐桃镇召开2025年工作要点部署会", new DateOnly(2026, 1, 5)),
                ("http://www.qs.example/xutao/ndbg/202501/t20250125_9.html", "二〇二四年政府信息公开工作年度报告", new DateOnly(2025, 1, 25)),
            ],
            page.Items.Select(r => (r.Url.ToString(), r.Title, r.ListedOn)));
        Assert.Empty(page.MorePages);
        Assert.Null(page.NotUnderstood);
    }

    [Fact]
    public void Follows_index_links_and_next_page_anchors_in_the_same_column()
    {
        var page = Read("""
            <ul><li><a href="t20260101_1.html">通知</a> 2026-01-01</li></ul>
            <div class="page"><a href="index_1.html">2</a><a href="index_2.html">3</a><a href="index_1.html">下一页</a>
            <a href="http://other.example/ndbg/index_1.html">其他</a></div>
            """);

        Assert.Equal(["http://www.qs.example/xutao/ndbg/index_1.html", "http://www.qs.example/xutao/ndbg/index_2.html"],
            page.MorePages.Select(u => u.ToString()));
    }

    [Fact]
    public void A_page_of_navigation_links_only_is_not_understood_and_says_what_was_seen()
    {
        var page = Read("""
            <html><body><div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>
            <div id="app"></div><script>fetch('/api/list').then(r => r.json())</script></body></html>
            """);

        Assert.Empty(page.Items);
        Assert.Contains("未找到任何栏目条目", page.NotUnderstood);
        Assert.Contains("3个链接", page.NotUnderstood);
    }

    [Fact]
    public void A_page_nested_past_the_parser_bound_is_not_understood_instead_of_throwing()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 5000)) + "<ul><li><a href=\"t20260101_1.html\">通知</a> 2026-01-01</li></ul>";

        var (_, read) = ListingReaders.Read(new ListingSource(Column, html, "text/html"));

        Assert.Empty(read.Items);
        Assert.Contains("嵌套超过512层", read.NotUnderstood);
    }
}
