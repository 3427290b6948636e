using Monitor.Crawling.Discovery;
using Monitor.Crawling.Discovery.Readers;

namespace Monitor.Crawling.Tests.Discovery.Readers;

public class GkmlptListingReaderTests
{
    [Fact]
    public void The_shell_leads_to_the_list_api_with_its_sid_and_the_category_of_the_registry_url()
    {
        var shell = new Uri("http://www.luming.gov.cn/gkmlpt/index#5321");

        var page = new GkmlptListingReader().Read(new ListingSource(shell, "<div id=\"app\"></div><script>window._CONFIG = { SID: '755031' };</script>", "text/html"));

        Assert.True(page.IsShell);
        Assert.Equal(["http://www.luming.gov.cn/gkmlpt/api/all/5321?page=1&sid=755031"], page.MorePages.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void The_api_json_gives_entries_with_epoch_dates_in_china_time_publishers_and_further_pages()
    {
        var api = new Uri("http://www.luming.gov.cn/gkmlpt/api/all/5321?page=1&sid=755031");
        // create_time is the 发布日期 (epoch seconds); 1769443200 = 2026-01-26T16:00Z = 2026-01-27 00:00 China time.
        const string json = """
            {"articles":[
              {"title":"鹿鸣县市场监督管理局2025年政府信息公开工作年度报告","url":"http://www.luming.gov.cn/gkmlpt/content/2/2011/post_2011001.html","create_time":1769443200,"publisher":"鹿鸣县市场监督管理局"},
              {"title":"鹿鸣县财政局2025年政府信息公开工作年度报告","url":"/gkmlpt/content/2/2012/post_2012001.html","create_time":1769356800,"publisher":"鹿鸣县财政局"}],
             "total":5}
            """;

        var page = new GkmlptListingReader().Read(new ListingSource(api, json, "application/json"));

        Assert.Equal(
            [
                ("http://www.luming.gov.cn/gkmlpt/content/2/2011/post_2011001.html", (DateOnly?)new DateOnly(2026, 1, 27), "鹿鸣县市场监督管理局"),
                ("http://www.luming.gov.cn/gkmlpt/content/2/2012/post_2012001.html", new DateOnly(2026, 1, 26), "鹿鸣县财政局"),
            ],
            page.Items.Select(i => (i.Url.ToString(), i.ListedOn, i.Issuer)));
        Assert.Equal(["http://www.luming.gov.cn/gkmlpt/api/all/5321?page=2&sid=755031", "http://www.luming.gov.cn/gkmlpt/api/all/5321?page=3&sid=755031"],
            page.MorePages.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void Json_without_an_article_list_is_not_understood()
    {
        var api = new Uri("http://www.luming.gov.cn/gkmlpt/api/all/5321?page=1&sid=1");

        Assert.Contains("articles", new GkmlptListingReader().Read(new ListingSource(api, """{"code":500,"msg":"error"}""", "application/json")).NotUnderstood);
    }
}
