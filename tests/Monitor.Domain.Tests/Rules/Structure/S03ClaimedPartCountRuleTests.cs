using Monitor.Domain.Rules.Structure;

namespace Monitor.Domain.Tests.Rules.Structure;

public class S03ClaimedPartCountRuleTests
{
    [Fact]
    public void Fires_when_the_claimed_count_differs_from_the_parts_found()
    {
        var found = RuleRun.OnText<S03ClaimedPartCountRule>("本报告共七个部分。\n" + StructureSamples.SixParts);

        Assert.Equal([("S03", "“七个部分”")], found);
    }

    [Fact]
    public void Silent_when_the_claim_matches()
    {
        var text = "本报告由总体情况、主动公开政府信息情况等六部分组成。\n" + StructureSamples.SixParts;

        Assert.Empty(RuleRun.OnText<S03ClaimedPartCountRule>(text));
    }
}
