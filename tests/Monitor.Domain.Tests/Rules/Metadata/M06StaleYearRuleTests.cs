using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Metadata;

namespace Monitor.Domain.Tests.Rules.Metadata;

public class M06StaleYearRuleTests
{
    [Fact]
    public void Fires_on_statements_naming_an_earlier_year()
    {
        var report = new AnnualReport { TitleYear = 2023, FullText = "截至2021年底，共公开信息50条。2022年，我镇扎实推进政务公开。" };

        Assert.Equal([("M06", "“截至2021年底”"), ("M06", "“2022年，我镇”")], RuleRun.On<M06StaleYearRule>(report));
    }

    [Fact]
    public void Silent_on_the_reporting_year_and_next_years_plans()
    {
        var report = new AnnualReport { TitleYear = 2023, FullText = "截至2023年底，共公开信息50条。2024年，我镇将进一步加强培训。" };

        Assert.Empty(RuleRun.On<M06StaleYearRule>(report));
    }

    [Fact]
    public void Skipped_when_the_report_year_is_unknown()
    {
        Assert.NotNull(RuleRun.SkipReason<M06StaleYearRule>(new ReportContext(new AnnualReport())));
    }

    [Fact]
    public void Fires_on_the_year_the_report_says_it_sums_up()
    {
        var report = new AnnualReport { TitleYear = 2025, FullText = "结合2024年东山街道政府信息公开工作实际，编制发布本报告。" };

        Assert.Single(RuleRun.On<M06StaleYearRule>(report));
        Assert.Empty(RuleRun.On<M06StaleYearRule>(report with { FullText = "结合2025年东山街道政府信息公开工作实际，编制发布本报告。" }));
    }
}
