using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Metadata;

namespace Monitor.Domain.Tests.Rules.Metadata;

public class M01YearConsistencyRuleTests
{
    [Fact]
    public void Fires_when_title_and_period_years_differ()
    {
        var report = new AnnualReport { TitleYear = 2024, Period = new(new(2023, 1, 1), new(2023, 12, 31), "2023年1月1日至2023年12月31日") };

        Assert.Equal([("M01", "全文")], RuleRun.On<M01YearConsistencyRule>(report));
    }

    [Fact]
    public void Fires_when_publication_implies_another_year()
    {
        var context = new ReportContext(new AnnualReport { TitleYear = 2023 }) { PublishedOn = new(2025, 1, 20) };

        Assert.Equal([("M01", "全文")], RuleRun.On<M01YearConsistencyRule>(context));
    }

    [Fact]
    public void Silent_when_all_years_agree()
    {
        var report = new AnnualReport { TitleYear = 2024, Period = new(new(2024, 1, 1), new(2024, 12, 31), "2024年1月1日至2024年12月31日") };

        Assert.Empty(RuleRun.On<M01YearConsistencyRule>(new ReportContext(report) { ExpectedYear = 2024 }));
    }
}
