using Monitor.Domain.Rules.Filing;

namespace Monitor.Domain.Tests.Rules.Filing;

public class FilingValidatorTests
{
    [Fact]
    public void An_unreachable_site_after_the_deadline_is_F05_not_F01()
    {
        var context = FilingSamples.Xutao(new(2026, 2, 10)) with { ListingUnreachable = true, ConsecutiveFailures = 4 };

        Assert.Equal(["F05"], new FilingValidator().Validate(context).Select(f => f.RuleId));
    }

    [Fact]
    public void A_reachable_site_without_a_report_after_the_deadline_is_F01()
    {
        Assert.Equal(["F01"], new FilingValidator().Validate(FilingSamples.Xutao(new(2026, 2, 10))).Select(f => f.RuleId));
    }
}
