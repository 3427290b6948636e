using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Narrative;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Narrative.NarrativeRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Narrative;

public class N02ReviewLitigationFiguresRuleTests
{
    [Fact]
    public void N02_reports_none_stated_while_table_four_shows_lawsuits()
    {
        var report = WithTables(Prose((PartNumber.Overview, "2024年我镇未收到申请，无因政府信息公开申请引起的行政复议、行政诉讼案件。")),
            Table(StatTableId.ReviewsAndLitigation, """
                review	0	0	0	0	0
                litigation-direct	1	0	0	1	2
                litigation-after-review	0	0	0	0	0
                """));

        var findings = Run(new N02ReviewLitigationFiguresRule(), report);

        Assert.Equal([("N02", "第一部分/“无因政府信息公开申请引起的行政复议、行政诉讼”")], Flat(findings));
        Assert.Equal(("2件", "0件"), (findings[0].Expected, findings[0].Found));
    }

    [Fact]
    public void N02_accepts_a_stated_count_equal_to_the_table()
    {
        var report = WithTables(Prose((PartNumber.ReviewsAndLitigation, "本年度被申请行政复议1件，未被提起行政诉讼。")),
            Zeros(StatTableId.ReviewsAndLitigation, (Table4.Review, Table4.Upheld, 1), (Table4.Review, Table4.Total, 1)));

        Assert.Empty(Run(new N02ReviewLitigationFiguresRule(), report));
    }
}
