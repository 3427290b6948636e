using Monitor.Domain.Rules.Structure;

namespace Monitor.Domain.Tests.Rules.Structure;

public class S02PartOrderRuleTests
{
    [Fact]
    public void Fires_when_parts_are_out_of_order()
    {
        var found = RuleRun.OnText<S02PartOrderRule>("""
            二、主动公开政府信息情况
            一、总体情况
            三、收到和处理政府信息公开申请情况
            """);

        Assert.Equal([("S02", "全文")], found);
    }

    [Fact]
    public void Silent_when_parts_are_in_order()
    {
        Assert.Empty(RuleRun.OnText<S02PartOrderRule>(StructureSamples.SixParts));
    }
}
