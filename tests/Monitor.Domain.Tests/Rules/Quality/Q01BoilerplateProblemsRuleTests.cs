using Monitor.Domain.Rules.Quality;

namespace Monitor.Domain.Tests.Rules.Quality;

public class Q01BoilerplateProblemsRuleTests
{
    [Fact]
    public void Fires_when_part_five_is_a_line_of_boilerplate()
    {
        var found = RuleRun.OnText<Q01BoilerplateProblemsRule>("""
            五、存在的主要问题及改进情况
            我镇政府信息公开工作取得一定成效，今后将继续做好。
            六、其他需要报告的事项
            """);

        Assert.Equal([("Q01", "第五部分")], found);
    }

    [Fact]
    public void Fires_when_a_long_part_five_names_no_problem_and_no_measure()
    {
        var filler = string.Concat(Enumerable.Repeat("我镇政府信息公开工作在县委县政府的正确领导下取得了一定成效。", 4));

        Assert.Equal([("Q01", "第五部分")], RuleRun.OnText<Q01BoilerplateProblemsRule>("五、存在的主要问题及改进情况\n" + filler));
    }

    [Fact]
    public void Silent_when_part_five_names_problems_and_measures()
    {
        Assert.Empty(RuleRun.OnText<Q01BoilerplateProblemsRule>(QualitySamples.Narrative));
    }
}
