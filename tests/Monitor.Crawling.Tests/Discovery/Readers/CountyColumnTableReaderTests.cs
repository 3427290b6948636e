using Monitor.Crawling.Discovery;
using Monitor.Crawling.Discovery.Readers;

namespace Monitor.Crawling.Tests.Discovery.Readers;

public class CountyColumnTableReaderTests
{
    [Fact]
    public void Each_row_carries_its_issuer_and_the_publication_date_not_the_drafting_date()
    {
        var column = new Uri("http://www.luming.gov.cn/zfxxgk/ndbg/index.html");
        const string html = """
            <table><tr><th>序号</th><th>标题</th><th>发布机构</th><th>成文日期</th><th>发布日期</th></tr>
            <tr><td>1</td><td><a href="./202601/t20260126_501.html">鹿鸣县民政局2025年政府信息公开工作年度报告</a></td><td>鹿鸣县民政局</td><td>2026-01-10</td><td>2026-01-26</td></tr>
            <tr><td>2</td><td><a href="./202601/t20260127_502.html">2025年政府信息公开工作年度报告</a></td><td>鹿鸣县双溪镇人民政府</td><td>2026-01-12</td><td>2026-01-27</td></tr>
            </table>
            """;
        var source = new ListingSource(column, html, "text/html");

        var page = new CountyColumnTableReader().Read(source);

        Assert.True(new CountyColumnTableReader().Recognises(source));
        Assert.Equal(
            [("鹿鸣县民政局", (DateOnly?)new DateOnly(2026, 1, 26)), ("鹿鸣县双溪镇人民政府", new DateOnly(2026, 1, 27))],
            page.Items.Select(i => (i.Issuer, i.ListedOn)));
    }
}
