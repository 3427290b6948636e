using Monitor.Crawling.Discovery;
using Monitor.Domain.Registry;
using Monitor.Domain.Rules;

namespace Monitor.Crawling.Tests.Discovery;

public class ReportAttributionTests
{
    private static readonly UnitNames Chengguan = Unit("鹿鸣县城关镇人民政府", UnitType.Township);
    private static readonly UnitNames County = Unit("鹿鸣县人民政府", UnitType.CountyGovernment);
    private static readonly UnitNames Market = Unit("鹿鸣县市场监督管理局", UnitType.Department);
    private static readonly UnitNames Xinhua = Unit("鹿鸣县新华街道办事处", UnitType.StreetOffice);

    // The type is not used by attribution; it shows which kind of unit each case is.
    private static UnitNames Unit(string name, UnitType type) => UnitNames.Of(name);

    private static Attribution Of(UnitNames unit, string title, string? issuer = null, bool shared = false) =>
        ReportAttribution.Of(unit, new ListingItem(new Uri("http://www.luming.gov.cn/a.html"), title, null, issuer), shared, false);

    [Theory]
    [InlineData("鹿鸣县城关镇人民政府2025年政府信息公开工作年度报告")]
    [InlineData("城关镇2024年政府信息公开工作年度报告")]
    [InlineData("2025年度城关镇政府信息公开工作年度报告")]
    [InlineData("2025年政府信息公开工作年度报告")]
    public void Titles_naming_the_unit_or_nobody_on_its_own_column_are_its_own(string title) =>
        Assert.Equal(Attribution.Own, Of(Chengguan, title));

    [Theory]
    [InlineData("鹿鸣县人民政府2025年政府信息公开工作年度报告")]
    [InlineData("鹿鸣县城南镇2025年政府信息公开工作年度报告")]
    [InlineData("鹿鸣县财政局2025年政府信息公开工作年度报告")]
    public void Titles_naming_another_body_are_left_alone(string title) =>
        Assert.Equal(Attribution.Other, Of(Chengguan, title));

    [Fact]
    public void The_county_government_does_not_claim_its_townships_reports()
    {
        Assert.Equal((Attribution.Other, Attribution.Own),
            (Of(County, "鹿鸣县城关镇人民政府2025年政府信息公开工作年度报告"), Of(County, "鹿鸣县2025年政府信息公开工作年度报告")));
    }

    [Fact]
    public void Listed_issuer_decides_and_abbreviations_of_the_same_body_match()
    {
        Assert.Equal((Attribution.Own, Attribution.Other, Attribution.Own),
            (Of(Market, "2025年政府信息公开工作年度报告", "县市场监管局"), Of(Market, "2025年政府信息公开工作年度报告", "鹿鸣县财政局"),
             Of(Xinhua, "新华街道办2025年政务公开年报")));
    }

    [Fact]
    public void A_title_naming_nobody_on_a_shared_column_needs_the_detail_pages_issuer()
    {
        Assert.Equal(Attribution.CheckDetail, Of(Chengguan, "2025年政府信息公开工作年度报告", shared: true));
        Assert.True(ReportAttribution.DetailBelongs(Chengguan, new DetailPage("2025年政府信息公开工作年度报告", null, []) { Issuer = "鹿鸣县城关镇人民政府" }));
        Assert.False(ReportAttribution.DetailBelongs(Chengguan, new DetailPage("2025年政府信息公开工作年度报告", null, []) { Issuer = "鹿鸣县桃源镇人民政府" }));
    }
}
