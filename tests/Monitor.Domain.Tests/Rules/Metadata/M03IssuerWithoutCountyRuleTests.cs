using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Metadata;

namespace Monitor.Domain.Tests.Rules.Metadata;

public class M03IssuerWithoutCountyRuleTests
{
    [Fact]
    public void Fires_for_a_township_named_without_its_county()
    {
        var report = new AnnualReport { Issuer = "大寨镇", Title = "大寨镇2025年政府信息公开工作年度报告" };

        Assert.Equal([("M03", "“大寨镇2025年政府信息公开工作年度报告”")], RuleRun.On<M03IssuerWithoutCountyRule>(report));
    }

    [Theory]
    [InlineData("中宁县徐套乡")]
    [InlineData("红寺堡区新庄集乡")]
    [InlineData("海原县李俊乡人民政府")]
    [InlineData("中宁县人民政府")]
    public void Silent_when_the_county_or_district_is_named(string issuer)
    {
        Assert.Empty(RuleRun.On<M03IssuerWithoutCountyRule>(new AnnualReport { Issuer = issuer }));
    }

    [Fact]
    public void Skipped_when_no_issuer_was_found()
    {
        Assert.NotNull(RuleRun.SkipReason<M03IssuerWithoutCountyRule>(new ReportContext(new AnnualReport())));
    }

    [Fact]
    public void Silent_when_the_signature_or_address_names_the_unit_with_its_district()
    {
        var report = new AnnualReport { Issuer = "黄金园街道", FullText = "地址：湖南省望城区黄金园街道办事处，电话：0731-88888888。" };

        Assert.Empty(RuleRun.On<M03IssuerWithoutCountyRule>(report));
    }

    [Theory]
    [InlineData("区秦岭保护局", "区委、区政府的各项工作部署")]
    [InlineData("朝外街道", "在全区朝外街道范围内开展宣传")]
    public void Fires_when_the_district_is_only_implied(string issuer, string text)
    {
        Assert.Single(RuleRun.On<M03IssuerWithoutCountyRule>(new AnnualReport { Issuer = issuer, FullText = text }));
    }

    [Theory]
    [InlineData("四平经济开发区")]
    [InlineData("太仓高新区")]
    [InlineData("正蓝旗")]
    [InlineData("长沙市")]
    public void Silent_for_county_level_bodies_and_zones(string issuer)
    {
        Assert.Empty(RuleRun.On<M03IssuerWithoutCountyRule>(new AnnualReport { Issuer = issuer }));
    }
}
