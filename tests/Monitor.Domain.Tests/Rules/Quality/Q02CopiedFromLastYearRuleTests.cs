using Monitor.Domain.Findings;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Quality;

namespace Monitor.Domain.Tests.Rules.Quality;

public class Q02CopiedFromLastYearRuleTests
{
    [Fact]
    public void Copied_report_with_only_year_and_figures_changed_is_an_error()
    {
        var current = QualitySamples.Report("中宁县徐套乡", QualitySamples.Narrative);
        var previous = QualitySamples.Report("中宁县徐套乡", QualitySamples.Narrative.Replace("2024", "2023").Replace("372", "298"));

        var finding = Assert.Single(new Q02CopiedFromLastYearRule().Evaluate(new ReportContext(current) { PreviousYear = previous }).Findings);
        Assert.Equal(("Q02", Severity.Error), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void Silent_for_a_rewritten_report()
    {
        var current = QualitySamples.Report("中宁县徐套乡", QualitySamples.Narrative);
        var previous = QualitySamples.Report("中宁县徐套乡", """
            一、总体情况
            本年度我乡围绕脱贫攻坚成果巩固，重点公开了低保、医保、临时救助名单及资金发放情况，网站改版后开设了便民服务专栏。
            五、存在的主要问题及改进情况
            网站栏目设置与县级平台不统一，信息员调整频繁。明年将统一栏目并固定专人负责。
            """);

        Assert.Empty(RuleRun.On<Q02CopiedFromLastYearRule>(new ReportContext(current) { PreviousYear = previous }));
    }

    [Fact]
    public void Skipped_without_last_years_report()
    {
        Assert.NotNull(RuleRun.SkipReason<Q02CopiedFromLastYearRule>(new ReportContext(QualitySamples.Report("中宁县徐套乡", QualitySamples.Narrative))));
    }
}
