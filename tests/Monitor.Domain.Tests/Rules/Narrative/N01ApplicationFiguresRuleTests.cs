using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Narrative;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Narrative.NarrativeRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Narrative;

public class N01ApplicationFiguresRuleTests
{
    [Fact]
    public void N01_reports_none_received_when_table_three_has_applications()
    {
        var report = WithTables(Prose((PartNumber.Overview, "（二）依申请公开。2025年，我乡未收到政府信息公开申请。")),
            Zeros(StatTableId.Applications, (Table3.NewReceived, Table3.Total, 2)));

        var findings = Run(new N01ApplicationFiguresRule(), report);

        Assert.Equal([("N01", "第一部分/“未收到政府信息公开申请”")], Flat(findings));
        Assert.Equal(("2", "0"), (findings[0].Expected, findings[0].Found));
    }

    [Fact]
    public void N01_accepts_matching_counts_and_ignores_hotline_tickets()
    {
        var report = WithTables(Prose((PartNumber.Overview, """
            共收到政府信息公开申请 3 件，其中予以公开 2 件，不予处理 1 件。受理 12345 热线申请工单 40 件。
            """)),
            Zeros(StatTableId.Applications, (Table3.NewReceived, Table3.Total, 3), (Table3.Disclosed, Table3.Total, 2),
                (Table3.SubRow("not-processed", 2), Table3.Total, 1)));

        Assert.Empty(Run(new N01ApplicationFiguresRule(), report));
    }

    [Fact]
    public void N01_reports_a_handling_result_that_differs_from_table_three()
    {
        var report = WithTables(Prose((PartNumber.Applications, "本年度收到政府信息公开申请3件，予以公开3件。")),
            Zeros(StatTableId.Applications, (Table3.NewReceived, Table3.Total, 3), (Table3.Disclosed, Table3.Total, 2)));

        Assert.Equal([("N01", "第三部分/“予以公开3件”")], Flat(Run(new N01ApplicationFiguresRule(), report)));
    }

    [Fact]
    public void N01_compares_a_combined_statement_with_the_sum_of_its_rows()
    {
        var table = Zeros(StatTableId.Applications, (Table3.Disclosed, Table3.Total, 20), (Table3.PartlyDisclosed, Table3.Total, 10));

        Assert.Empty(Run(new N01ApplicationFiguresRule(),
            WithTables(Prose((PartNumber.Overview, "办结申请65件，其中予以公开及部分公开30件。")), table)));
        var wrong = Assert.Single(Run(new N01ApplicationFiguresRule(),
            WithTables(Prose((PartNumber.Overview, "办结申请65件，其中予以公开及部分公开31件。")), table)));
        Assert.Equal(("30", "31"), (wrong.Expected, wrong.Found));
    }
}
