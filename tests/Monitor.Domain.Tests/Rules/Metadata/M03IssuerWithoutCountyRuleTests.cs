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
}
