using Monitor.Domain.Rules.Filing;

namespace Monitor.Domain.Tests.Rules.Filing;

public class F05UnreachableListingRuleTests
{
    [Fact]
    public void Fires_after_the_configured_number_of_consecutive_failures()
    {
        var context = FilingSamples.Xutao(new(2026, 2, 1)) with { ListingUnreachable = true, ConsecutiveFailures = 3 };

        Assert.Equal([("F05", "连续3次失败")], FilingSamples.Run(new F05UnreachableListingRule(), context));
    }

    [Fact]
    public void Silent_below_the_threshold_which_is_configurable()
    {
        var context = FilingSamples.Xutao(new(2026, 2, 1)) with { ListingUnreachable = true, ConsecutiveFailures = 3, FailureThreshold = 5 };

        Assert.Empty(FilingSamples.Run(new F05UnreachableListingRule(), context));
    }
}
