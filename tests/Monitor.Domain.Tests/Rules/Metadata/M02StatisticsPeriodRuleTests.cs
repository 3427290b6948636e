using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Metadata;

namespace Monitor.Domain.Tests.Rules.Metadata;

public class M02StatisticsPeriodRuleTests
{
    [Fact]
    public void Fires_when_no_period_is_stated()
    {
        Assert.Equal([("M02", "全文")], RuleRun.On<M02StatisticsPeriodRule>(new AnnualReport { TitleYear = 2025 }));
    }

    [Fact]
    public void Fires_on_a_garbled_period()
    {
        var report = new AnnualReport { Period = new(null, null, "2023 11日到1231日") };

        Assert.Equal([("M02", "“2023 11日到1231日”")], RuleRun.On<M02StatisticsPeriodRule>(report));
    }

    [Fact]
    public void Fires_when_the_period_ends_before_december_31()
    {
        var report = new AnnualReport { Period = new(new(2024, 1, 1), new(2024, 12, 30), "2024年1月1日至12月30日") };

        Assert.Equal([("M02", "“2024年1月1日至12月30日”")], RuleRun.On<M02StatisticsPeriodRule>(report));
    }

    [Theory]
    [InlineData("本报告中所列数据的统计期限自20251月1日起至12月31日止。")]
    [InlineData("自20241月1日起至202412月31日止。")]
    public void Fires_on_a_period_whose_year_character_is_lost(string sentence)
    {
        var report = Parsing.Parse.Text($"某县某乡2025年政府信息公开工作年度报告\n{sentence}");

        var finding = Assert.Single(RuleRun.Findings<M02StatisticsPeriodRule>(report));
        Assert.Contains("无法识别", finding.Message);
    }

    [Theory]
    [InlineData("在2024年1月1日至2024年12月31日数据统计时限内，政府信息公开情况如下：")]
    [InlineData("本报告中所列数据的统计期限自2024年1月1日起，至2024年12月31日止。")]
    [InlineData("2024年1月1日到2024年12月31日止，我镇信息主动公开292条。")]
    [InlineData("所列数据自2024年1月1日起至2024年12月31日止。")]
    [InlineData("本报告所列数据统计期限为自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止。")]
    public void Silent_on_a_calendar_year_stated_in_the_shapes_real_reports_use(string sentence)
    {
        var report = Parsing.Parse.Text($"某县某乡2024年政府信息公开工作年度报告\n{sentence}");

        Assert.Empty(RuleRun.On<M02StatisticsPeriodRule>(report));
    }
}
