using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Structure;

namespace Monitor.Domain.Tests.Rules.Structure;

public class S01MissingPartRuleTests
{
    [Fact]
    public void Fires_once_per_missing_part()
    {
        var found = RuleRun.OnText<S01MissingPartRule>("""
            一、总体情况
            二、主动公开政府信息情况
            三、收到和处理政府信息公开申请情况
            四、政府信息公开行政复议、行政诉讼情况
            """);

        Assert.Equal([("S01", "第五部分"), ("S01", "第六部分")], found);
    }

    [Fact]
    public void Silent_when_all_six_parts_are_present()
    {
        Assert.Empty(RuleRun.OnText<S01MissingPartRule>(StructureSamples.SixParts));
    }

    [Fact]
    public void Silent_on_an_unreadable_report_which_S05_reports_instead()
    {
        Assert.Empty(RuleRun.On<S01MissingPartRule>(new AnnualReport { UnreadableReason = "扫描件，无法读取文字。" }));
    }
}
