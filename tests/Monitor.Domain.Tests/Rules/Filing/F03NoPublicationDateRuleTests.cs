using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Filing;

namespace Monitor.Domain.Tests.Rules.Filing;

public class F03NoPublicationDateRuleTests
{
    [Fact]
    public void Fires_as_info_with_the_first_seen_date_in_china_time()
    {
        var context = new ReportContext(new AnnualReport()) { FirstSeenAt = new(2026, 1, 31, 16, 30, 0, TimeSpan.Zero) };

        var finding = Assert.Single(new F03NoPublicationDateRule().Evaluate(context).Findings);
        Assert.Equal(("F03", Severity.Info, "不晚于2026年2月1日"), (finding.RuleId, finding.Severity, finding.Found));
    }

    [Fact]
    public void Silent_when_the_page_gives_a_date()
    {
        Assert.Empty(RuleRun.On<F03NoPublicationDateRule>(new ReportContext(new AnnualReport()) { PublishedOn = new(2026, 1, 20) }));
    }

    [Fact]
    public void Skipped_for_a_report_read_without_its_page()
    {
        Assert.NotNull(RuleRun.SkipReason<F03NoPublicationDateRule>(new ReportContext(new AnnualReport())));
    }
}
