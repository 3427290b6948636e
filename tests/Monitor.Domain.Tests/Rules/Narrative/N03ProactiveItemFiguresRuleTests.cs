using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Narrative;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Narrative.NarrativeRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Narrative;

public class N03ProactiveItemFiguresRuleTests
{
    [Fact]
    public void N03_reports_a_penalty_count_that_differs_from_table_two()
    {
        var report = WithTables(Prose((PartNumber.OtherMatters, "全乡综合执法共进行行政处罚12起，制发行政规范性文件两件。")),
            Zeros(StatTableId.Proactive, (Table2.Penalty, Table2.Decisions, 10), (Table2.NormativeDocuments, Table2.Issued, 2)));

        Assert.Equal([("N03", "第六部分/“行政处罚12起”")], Flat(Run(new N03ProactiveItemFiguresRule(), report)));
    }

    [Fact]
    public void N03_accepts_a_matching_penalty_count()
    {
        var report = WithTables(Prose((PartNumber.OtherMatters, "2024年全乡综合执法共进行行政处罚10起，罚款金额1900元。")),
            Zeros(StatTableId.Proactive, (Table2.Penalty, Table2.Decisions, 10)));

        Assert.Empty(Run(new N03ProactiveItemFiguresRule(), report));
    }

    [Fact]
    public void N03_accepts_a_stock_that_this_years_documents_explain()
    {
        var report = WithTables(Prose((PartNumber.Overview, "现行有效规范性文件210件，本年制发规范性文件35件。")),
            Zeros(StatTableId.Proactive, (Table2.NormativeDocuments, Table2.Issued, 35), (Table2.NormativeDocuments, Table2.InForce, 245)));

        Assert.Empty(Run(new N03ProactiveItemFiguresRule(), report));
    }

    [Fact]
    public void N03_marks_an_unexplained_stock_uncertain()
    {
        var report = WithTables(Prose((PartNumber.Overview, "现行有效规范性文件200件。")),
            Zeros(StatTableId.Proactive, (Table2.NormativeDocuments, Table2.InForce, 245)));

        Assert.Equal(Certainty.Uncertain, Assert.Single(Run(new N03ProactiveItemFiguresRule(), report)).Certainty);
    }
}
