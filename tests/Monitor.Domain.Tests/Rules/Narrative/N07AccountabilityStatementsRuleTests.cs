using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Narrative;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Narrative.NarrativeRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Narrative;

public class N07AccountabilityStatementsRuleTests
{
    [Fact]
    public void N07_lists_what_a_township_report_does_not_mention()
    {
        var report = Prose((PartNumber.Overview, "将政府信息公开工作纳入年度绩效考核，接受社会监督。")) with { Issuer = "红寺堡区新庄集乡" };

        var findings = Run(new N07AccountabilityStatementsRule(), report);

        Assert.Equal([("N07", "全文")], Flat(findings));
        Assert.Equal("未提及社会评议、责任追究", findings[0].Found);
    }

    [Fact]
    public void N07_accepts_variants_and_exempts_street_offices_and_skips_unknown_units()
    {
        var complete = Prose((PartNumber.Overview, "开展工作考核和民主评议，对失职人员严肃问责。")) with { Issuer = "某县某镇人民政府" };
        var street = Prose((PartNumber.Overview, "无。")) with { Issuer = "某区某街道办事处" };

        Assert.Empty(Run(new N07AccountabilityStatementsRule(), complete));
        Assert.Empty(Run(new N07AccountabilityStatementsRule(), street));
        Assert.NotNull(new N07AccountabilityStatementsRule().Evaluate(new ReportContext(Prose((PartNumber.Overview, "无。")))).SkippedBecause);
    }
}
