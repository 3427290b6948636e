using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Metadata;

namespace Monitor.Domain.Tests.Rules.Metadata;

public class M04ForeignIssuerRuleTests
{
    [Fact]
    public void Fires_when_the_title_names_another_unit_than_the_registered_one()
    {
        var context = new ReportContext(new AnnualReport { Issuer = "中宁县余丁乡", Title = "中宁县余丁乡2024年政府信息公开工作年度报告" })
        {
            RegisteredUnitName = "中宁县徐套乡人民政府",
        };

        Assert.Equal([("M04", "“中宁县余丁乡2024年政府信息公开工作年度报告”")], RuleRun.On<M04ForeignIssuerRule>(context));
    }

    [Fact]
    public void Fires_when_a_township_report_says_it_was_compiled_by_a_bureau()
    {
        var report = new AnnualReport { Issuer = "中宁县徐套乡", FullText = "本报告由中宁县自然资源局编制，全文包括总体情况等。" };

        Assert.Equal([("M04", "“本报告由中宁县自然资源局编制”")], RuleRun.On<M04ForeignIssuerRule>(report));
    }

    [Fact]
    public void Silent_when_names_match_up_to_the_government_suffix()
    {
        var context = new ReportContext(new AnnualReport { Issuer = "中宁县徐套乡", FullText = "本报告由徐套乡人民政府编制。" })
        {
            RegisteredUnitName = "中宁县徐套乡人民政府",
        };

        Assert.Empty(RuleRun.On<M04ForeignIssuerRule>(context));
    }

    [Fact]
    public void Silent_when_the_compiler_is_an_office_of_the_unit_itself()
    {
        var report = new AnnualReport { Issuer = "中宁县徐套乡", FullText = "本报告由徐套乡人民政府党政办公室编制。" };

        Assert.Empty(RuleRun.On<M04ForeignIssuerRule>(report));
    }

    [Fact]
    public void An_issuer_read_from_the_opening_sentence_is_an_uncertain_mismatch()
    {
        var report = Parsing.Parse.Text("""
            发布本年度报告。
            一、总体情况
            2024年，平乡县人民政府办公室认真落实党中央、国务院和省、市决策部署。
            """);
        var context = new ReportContext(report) { RegisteredUnitName = "平乡县寻召乡人民政府" };

        var finding = Assert.Single(new M04ForeignIssuerRule().Evaluate(context).Findings);

        Assert.Equal(("平乡县人民政府办公室", Monitor.Domain.Findings.Certainty.Uncertain), (finding.Found, finding.Certainty));
    }
}
