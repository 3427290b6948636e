using Monitor.Crawling.Discovery;
using Monitor.Crawling.Discovery.Readers;

namespace Monitor.Crawling.Tests.Discovery.Readers;

public class HanwebJpaasListingReaderTests
{
    private static readonly Uri Column = new("http://www.luming.gov.cn/col/col2301/index.html");

    [Fact]
    public void The_empty_container_leads_to_the_build_unit_api_with_page_one()
    {
        const string html = """
            <div id="list-2301"></div>
            <script>var pageParams = { webId: "7c5f", pageId: "2301", parseType: "bulidstatic", pageType: "column", tagId: "当前栏目list", tplSetId: "52" };</script>
            <script src="/api-gateway/jpaas-publish-server/front/js/load.js"></script>
            """;

        var page = new HanwebJpaasListingReader().Read(new ListingSource(Column, html, "text/html"));

        var api = Assert.Single(page.MorePages);
        Assert.True(page.IsShell);
        Assert.Equal("/api-gateway/jpaas-publish-server/front/page/build/unit", api.AbsolutePath);
        Assert.Contains("webId=7c5f", api.Query);
        Assert.Contains("paramJson=%7B%22pageNo%22%3A1%2C%22pageSize%22%3A15%7D", api.Query);
    }

    [Fact]
    public void The_api_answer_is_an_html_fragment_with_escaped_quotes_and_a_pager_count_for_more_pages()
    {
        var api = new Uri("http://www.luming.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit?webId=7c5f&pageId=2301&tagId=x&paramJson=%7B%22pageNo%22%3A1%2C%22pageSize%22%3A2%7D");
        const string json = """{"data":{"html":"<li><a href=\"/art/2026/1/25/art_2301_70001.html\" title=\"鹿鸣县太平乡人民政府2025年政府信息公开工作年度报告\">…</a><span>2026-01-25</span></li><li><a href=\"/art/2026/1/3/art_2301_69001.html\">太平乡开展冬季防火检查</a><span>2026-01-03</span></li><div class=\"zfxxgk_page\" count=\"3\" rows=\"2\"></div>"},"success":true}""";

        var page = new HanwebJpaasListingReader().Read(new ListingSource(api, json, "application/json"));

        Assert.Equal([("鹿鸣县太平乡人民政府2025年政府信息公开工作年度报告", (DateOnly?)new DateOnly(2026, 1, 25)), ("太平乡开展冬季防火检查", new DateOnly(2026, 1, 3))],
            page.Items.Select(i => (i.Title, i.ListedOn)));
        var next = Assert.Single(page.MorePages);
        Assert.Contains("paramJson=%7B%22pageNo%22%3A2%2C%22pageSize%22%3A2%7D", next.Query);
    }
}
