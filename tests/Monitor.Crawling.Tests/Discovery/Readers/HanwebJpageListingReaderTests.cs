using Monitor.Crawling.Discovery;
using Monitor.Crawling.Discovery.Readers;

namespace Monitor.Crawling.Tests.Discovery.Readers;

public class HanwebJpageListingReaderTests
{
    private static readonly Uri Column = new("http://www.luming.gov.cn/col/col1501/index.html");

    private const string FirstPage = """
        <div id="4521"><script type="text/xml"><datastore>
        <nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=3&path=/&columnid=1501&unitid=4521&webname=%E9%B9%BF%E9%B8%A3&permissiontype=0"></a>]]></nextgroup>
        <recordset>
        <record><![CDATA[<li><a href="/art/2026/1/22/art_1501_90001.html" title="鹿鸣县城关镇人民政府2025年政府信息公开工作年度报告" target="_blank">鹿鸣县城关镇人民政府2025年…</a><span>2026-01-22</span></li>]]></record>
        <record><![CDATA[<li><a href="/art/2026/1/10/art_1501_89990.html">城关镇召开安全生产会议</a><span>2026-01-10</span></li>]]></record>
        </recordset></datastore></script></div>
        <script>$('#4521').jpage({ dataStore: dataStore, perPage: 2, totalRecord: 5, groupSize: 1, proxyUrl: '/module/web/jpage/dataproxy.jsp' });</script>
        """;

    [Fact]
    public void Reads_the_records_hidden_in_the_script_datastore()
    {
        var page = new HanwebJpageListingReader().Read(new ListingSource(Column, FirstPage, "text/html"));

        Assert.Equal(
            [
                ("http://www.luming.gov.cn/art/2026/1/22/art_1501_90001.html", "鹿鸣县城关镇人民政府2025年政府信息公开工作年度报告", (DateOnly?)new DateOnly(2026, 1, 22)),
                ("http://www.luming.gov.cn/art/2026/1/10/art_1501_89990.html", "城关镇召开安全生产会议", new DateOnly(2026, 1, 10)),
            ],
            page.Items.Select(i => (i.Url.ToString(), i.Title, i.ListedOn)));
    }

    [Fact]
    public void Later_groups_come_from_dataproxy_with_the_columns_ids_on_the_same_host()
    {
        var page = new HanwebJpageListingReader().Read(new ListingSource(Column, FirstPage, "text/html"));

        Assert.Equal(
            [
                "http://www.luming.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=3&endrecord=4&perpage=2&col=1&appid=1&webid=3&path=%2F&columnid=1501&sourceContentType=1&unitid=4521&webname=%E9%B9%BF%E9%B8%A3&permissiontype=0",
                "http://www.luming.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=5&endrecord=6&perpage=2&col=1&appid=1&webid=3&path=%2F&columnid=1501&sourceContentType=1&unitid=4521&webname=%E9%B9%BF%E9%B8%A3&permissiontype=0",
            ],
            page.MorePages.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void A_dataproxy_answer_is_read_as_records_and_asks_for_no_more_pages()
    {
        var proxy = new Uri("http://www.luming.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=3&endrecord=4&perpage=2");
        const string answer = """<?xml version="1.0" encoding="UTF-8"?><datastore><recordset><record><![CDATA[<li><a href="/art/2025/1/20/art_1501_80001.html">城关镇2024年政府信息公开工作年度报告</a><span>2025-01-20</span></li>]]></record></recordset></datastore>""";

        var page = new HanwebJpageListingReader().Read(new ListingSource(proxy, answer, "text/xml"));

        Assert.Equal([("城关镇2024年政府信息公开工作年度报告", (DateOnly?)new DateOnly(2025, 1, 20))], page.Items.Select(i => (i.Title, i.ListedOn)));
        Assert.Empty(page.MorePages);
    }

    [Fact]
    public void An_empty_datastore_is_not_understood()
    {
        var page = new HanwebJpageListingReader().Read(new ListingSource(Column, "<script type=\"text/xml\"><datastore><recordset></recordset></datastore></script>", "text/html"));

        Assert.Contains("datastore", page.NotUnderstood);
    }
}
