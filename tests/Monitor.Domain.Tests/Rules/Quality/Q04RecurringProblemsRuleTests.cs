using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Quality;

namespace Monitor.Domain.Tests.Rules.Quality;

public class Q04RecurringProblemsRuleTests
{
    [Fact]
    public void Fires_when_part_five_repeats_last_year()
    {
        var current = QualitySamples.Report("中宁县徐套乡", QualitySamples.Narrative);
        var previous = QualitySamples.Report("中宁县徐套乡", QualitySamples.Narrative.Replace("372", "298"));

        Assert.Equal([("Q04", "第五部分")], RuleRun.On<Q04RecurringProblemsRule>(new ReportContext(current) { PreviousYear = previous }));
    }

    [Fact]
    public void Silent_when_this_years_problems_are_new()
    {
        var current = QualitySamples.Report("中宁县徐套乡", QualitySamples.Narrative);
        var previous = QualitySamples.Report("中宁县徐套乡", """
            五、存在的主要问题及改进情况
            网站栏目设置与县级平台不统一，信息员调整频繁。明年将统一栏目并固定专人负责。
            """);

        Assert.Empty(RuleRun.On<Q04RecurringProblemsRule>(new ReportContext(current) { PreviousYear = previous }));
    }

    [Fact]
    public void Skipped_without_last_years_report()
    {
        Assert.NotNull(RuleRun.SkipReason<Q04RecurringProblemsRule>(new ReportContext(QualitySamples.Report("中宁县徐套乡", QualitySamples.Narrative))));
    }
}
