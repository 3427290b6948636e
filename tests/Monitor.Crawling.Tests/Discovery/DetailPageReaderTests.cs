using Monitor.Crawling.Discovery;

namespace Monitor.Crawling.Tests.Discovery;

public class DetailPageReaderTests
{
    private static readonly Uri Page = new("http://www.qs.example/xutao/ndbg/202601/t20260120_1.html");

    [Fact]
    public void Meta_pub_date_and_attachments()
    {
        var detail = DetailPageReader.Read("""
            <html><head><meta name="PubDate" content="2026-01-20 09:30"><title>徐桃镇2025年度报告</title></head>
            <body><p>发布时间：2026-02-11</p>
            <a href="./P020260120.pdf">徐桃镇2025年度报告.pdf</a><a href="/files/a.docx"></a><a href="x.jpg">图</a><a href="b.XLSX">表</a></body></html>
            """, Page);
        Assert.Equal(new DateOnly(2026, 1, 20), detail.PublishedOn);
        Assert.Equal(
            [
                ("http://www.qs.example/xutao/ndbg/202601/P020260120.pdf", "徐桃镇2025年度报告.pdf"),
                ("http://www.qs.example/files/a.docx", "a.docx"),
                ("http://www.qs.example/xutao/ndbg/202601/b.XLSX", "表"),
            ],
            detail.Attachments.Select(a => (a.Url.ToString(), a.Name)));
    }

    [Theory]
    [InlineData("<div>来源：徐桃镇 发布时间：2026-01-28 10:00</div>", 2026, 1, 28)]
    [InlineData("<div>发布日期: 2026年2月3日</div>", 2026, 2, 3)]
    [InlineData("<span>日期：2026/01/09</span>", 2026, 1, 9)]
    [InlineData("<meta name=\"firstpublishedtime\" content=\"2026-01-15-10:20:33\">", 2026, 1, 15)]
    public void Publication_date_from_text_or_tags(string html, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), DetailPageReader.Read(html, Page).PublishedOn);

    [Fact]
    public void No_date_on_the_page_is_null_so_first_seen_stands_in() =>
        Assert.Null(DetailPageReader.Read("<p>浏览次数：20260120</p><p>2025年度报告正文</p>", Page).PublishedOn);
}
