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

    [Fact]
    public void Silent_on_a_parsed_calendar_year_even_with_a_lost_year_character()
    {
        var report = Parsing.Parse.Text("""
            某县某乡2025年政府信息公开工作年度报告
            本报告中所列数据的统计期限自20251月1日起至12月31日止。
            """);

        Assert.Empty(RuleRun.On<M02StatisticsPeriodRule>(report));
    }
}
