using Monitor.Crawling.Discovery;

namespace Monitor.Crawling.Tests.Discovery;

public class ListingPageReaderTests
{
    private static readonly Uri Column = new("http://www.qs.example/xutao/ndbg/index.html");

    [Fact]
    public void Finds_reports_among_news_with_year_and_listed_date()
    {
        var page = ListingPageReader.Read("""
            <ul class="list">
              <li><a href="./202601/t20260120_1.html" title="徐桃镇2025年度政府信息公开工作年度报告">徐桃镇2025年度政府信息...</a><span>2026-01-20</span></li>
              <li><a href="../news/t1.html">徐桃镇召开2025年工作要点部署会</a><span>2026-01-05</span></li>
              <li><a href="./202501/t20250125_9.html">二〇二四年政府信息公开工作年度报告</a><span>2025年1月25日</span></li>
              <li><a href="javascript:void(0)">2023年度报告</a></li>
            </ul>
            """, Column);
        Assert.Equal(
            [
                ("http://www.qs.example/xutao/ndbg/202601/t20260120_1.html", 2025, (DateOnly?)new DateOnly(2026, 1, 20)),
                ("http://www.qs.example/xutao/ndbg/202501/t20250125_9.html", 2024, new DateOnly(2025, 1, 25)),
            ],
            page.Reports.Select(r => (r.Url.ToString(), r.Year, r.ListedOn)));
        Assert.Empty(page.MorePages);
    }

    [Fact]
    public void Follows_index_links_and_next_page_anchors_in_the_same_column()
    {
        var page = ListingPageReader.Read("""
            <div class="page"><a href="index_1.html">2</a><a href="index_2.html">3</a><a href="index_1.html">下一页</a>
            <a href="http://other.example/ndbg/index_1.html">其他</a></div>
            """, Column);
        Assert.Equal(["http://www.qs.example/xutao/ndbg/index_1.html", "http://www.qs.example/xutao/ndbg/index_2.html"],
            page.MorePages.Select(u => u.ToString()));
    }

    [Fact]
    public void Reads_script_variable_pagination()
    {
        var page = ListingPageReader.Read("""
            <script>var countPage = 3; var currentPage = 0; createPageHTML(countPage, currentPage, "index", "shtml");</script>
            """, Column);
        Assert.Equal(["http://www.qs.example/xutao/ndbg/index_1.shtml", "http://www.qs.example/xutao/ndbg/index_2.shtml"],
            page.MorePages.Select(u => u.ToString()));
    }

    [Fact]
    public void Literal_page_count_in_the_script_call_works_too()
    {
        var page = ListingPageReader.Read("""<script>createPageHTML(2, 0, "index", "html");</script>""", Column);
        Assert.Equal(["http://www.qs.example/xutao/ndbg/index_1.html"], page.MorePages.Select(u => u.ToString()));
    }
}
