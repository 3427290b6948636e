using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Quality;

namespace Monitor.Domain.Tests.Rules.Quality;

public class Q05LeftoverGuidanceRuleTests
{
    [Fact]
    public void Fires_on_format_guidance_left_in_the_text()
    {
        var report = new AnnualReport { FullText = "一、总体情况\n主要报告本机关上一年度政府信息公开工作总体情况，重在聚焦主题主线。" };

        Assert.Equal([("Q05", "“重在聚焦主题主线”"), ("Q05", "“主要报告本机关上一年度”")], RuleRun.On<Q05LeftoverGuidanceRule>(report));
    }

    [Fact]
    public void Fires_once_per_distinct_placeholder()
    {
        var report = new AnnualReport { FullText = "XX镇共公开信息××条，联系电话【】，XX镇人民政府。" };

        Assert.Equal([("Q05", "“XX”"), ("Q05", "“××”"), ("Q05", "“【】”")], RuleRun.On<Q05LeftoverGuidanceRule>(report));
    }

    [Fact]
    public void Silent_on_a_filled_in_report()
    {
        Assert.Empty(RuleRun.OnText<Q05LeftoverGuidanceRule>(QualitySamples.Narrative));
    }

    [Fact]
    public void Fires_on_a_count_left_blank()
    {
        var report = new AnnualReport { FullText = "2020 年主动公开信息  条。" };

        Assert.Equal([("Q05", "“主动公开信息 条”")], RuleRun.On<Q05LeftoverGuidanceRule>(report));
    }

    [Fact]
    public void Silent_on_a_count_with_a_space_before_its_unit()
    {
        Assert.Empty(RuleRun.On<Q05LeftoverGuidanceRule>(new AnnualReport { FullText = "主动公开信息 694 条。" }));
    }
}
