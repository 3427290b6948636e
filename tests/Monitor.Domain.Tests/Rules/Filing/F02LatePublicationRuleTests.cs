using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Filing;

namespace Monitor.Domain.Tests.Rules.Filing;

public class F02LatePublicationRuleTests
{
    [Fact]
    public void Fires_with_the_days_late_in_the_message()
    {
        var context = new ReportContext(new AnnualReport()) { PublishedOn = new(2026, 2, 3), Deadline = new(2026, 1, 31) };

        var finding = Assert.Single(new F02LatePublicationRule().Evaluate(context).Findings);
        Assert.Equal(("F02", "2026年2月3日"), (finding.RuleId, finding.Found));
        Assert.Contains("3天", finding.Message);
    }

    [Fact]
    public void Silent_when_published_on_the_deadline()
    {
        var context = new ReportContext(new AnnualReport()) { PublishedOn = new(2026, 1, 31), Deadline = new(2026, 1, 31) };

        Assert.Empty(RuleRun.On<F02LatePublicationRule>(context));
    }

    [Fact]
    public void Skipped_without_a_publication_date_or_deadline()
    {
        Assert.Equal(
            ("页面未标注发布日期，无法判断是否逾期。", "未提供该单位本年度的公开期限，无法判断是否逾期。"),
            (RuleRun.SkipReason<F02LatePublicationRule>(new(new AnnualReport()) { Deadline = new(2026, 1, 31) }),
             RuleRun.SkipReason<F02LatePublicationRule>(new(new AnnualReport()) { PublishedOn = new(2026, 1, 20) })));
    }
}
