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
    public void Publication_date_wins_over_the_drafting_date_printed_before_it_and_the_issuer_is_read()
    {
        var detail = DetailPageReader.Read("""
            <table class="xxgk"><tr><td>索引号</td><td>11361122MB1234567X/2026-00012</td><td>发布机构</td><td>鹿鸣县民政局</td></tr>
            <tr><td>成文日期</td><td>2026-01-10</td><td>发布日期</td><td>2026-01-26</td></tr></table><p>一、总体情况</p>
            """, Page);

        Assert.Equal((new DateOnly(2026, 1, 26), "鹿鸣县民政局"), (detail.PublishedOn!.Value, detail.Issuer));
    }

    [Fact]
    public void Download_servlets_and_file_host_links_are_attachments_whatever_their_url_ends_with()
    {
        var detail = DetailPageReader.Read("""
            <p>一、总体情况 主动公开</p>
            <a href="down.jsp?i_ID=778812&amp;colID=33">附件：年度报告</a>
            <a href="/module/download/downfile.jsp?classid=0&amp;filename=2601221530123.pdf">下载</a>
            <a href="http://file.luming.gov.cn/uploadfile/2026/0126/20260126093012345.pdf">年报.pdf</a>
            <a href="/col/col1501/index.html">返回列表</a>
            """, Page);

        Assert.Equal(3, detail.Attachments.Count);
        Assert.Empty(detail.ScanImages);
    }

    [Fact]
    public void A_report_published_as_scans_lists_its_images_and_a_text_report_does_not()
    {
        var scans = DetailPageReader.Read("""<div class="content"><img src="/picture/0/a1.jpg"><img src="/picture/0/a2.jpg"><img src="/images/logo.png"></div>""", Page);
        var text = DetailPageReader.Read("""<div><p>一、总体情况</p><img src="./W020260122.jpg"></div>""", Page);

        Assert.Equal(["http://www.qs.example/picture/0/a1.jpg", "http://www.qs.example/picture/0/a2.jpg"], scans.ScanImages.Select(i => i.Url.ToString()));
        Assert.Empty(text.ScanImages);
    }

    [Fact]
    public void No_date_on_the_page_is_null_so_first_seen_stands_in() =>
        Assert.Null(DetailPageReader.Read("<p>浏览次数：20260120</p><p>2025年度报告正文</p>", Page).PublishedOn);

    [Fact]
    public void A_detail_page_nested_past_the_parser_bound_reads_as_empty_instead_of_throwing()
    {
        var detail = DetailPageReader.Read(string.Concat(Enumerable.Repeat("<div>", 5000)) + "<a href=\"a.pdf\">a.pdf</a>", Page);

        Assert.Equal((null, 0), (detail.PublishedOn, detail.Attachments.Count));
    }
}
