using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Narrative;
using static Monitor.Domain.Tests.Rules.TestReports;

namespace Monitor.Domain.Tests.Rules.Narrative;

public class NarrativeRuleTests
{
    private static AnnualReport WithTables(AnnualReport report, params StatTable[] tables) =>
        report with { Tables = tables.ToDictionary(t => t.Id) };

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
    public void N04_reports_parts_that_do_not_add_up()
    {
        var report = Prose((PartNumber.Overview, "主动公开各类信息共 372 条，其中政府文件 2 条、公示公告 58 条、乡镇动态 28 条、\n专题专栏 2 条、预决算公开 2 条。"));

        var findings = Run(new N04ItemizedSumRule(), report);

        Assert.Equal([("N04", "第一部分/“372条，其中政府文件2条、公示公告58条、乡镇动态28条、专题专栏2条、预决算公开2条”")], Flat(findings));
        Assert.Equal(("372条", "92条（2+58+28+2+2）"), (findings[0].Expected, findings[0].Found));
    }

    [Fact]
    public void N04_reports_a_single_part_larger_than_the_total_but_not_a_smaller_one()
    {
        Assert.Equal([("N04", "第一部分/“5件，其中咨询类8件”")],
            Flat(Run(new N04ItemizedSumRule(), Prose((PartNumber.Overview, "共受理工单 5 件，其中咨询类 8 件。")))));
        Assert.Empty(Run(new N04ItemizedSumRule(), Prose((PartNumber.Overview, "共受理工单 5 件，其中咨询类 3 件。"))));
    }

    [Fact]
    public void N05_warns_when_part_six_is_silent_and_escalates_with_fee_notices()
    {
        var silent = Prose((PartNumber.OtherMatters, "无"));
        var withNotices = WithTables(silent, Zeros(StatTableId.Applications, (Table3.SubRow("other-handling", 2), Table3.Total, 1)));

        Assert.Equal([("N05", "第六部分/“无”")], Flat(Run(new N05ProcessingFeeStatementRule(), silent)));
        Assert.Equal([Severity.Warning, Severity.Error],
            [Run(new N05ProcessingFeeStatementRule(), silent)[0].Severity, Run(new N05ProcessingFeeStatementRule(), withNotices)[0].Severity]);
    }

    [Theory]
    [InlineData("依据《政府信息公开信息处理费管理办法》，我乡本年度未收取政府信息公开处理费。")]
    [InlineData("按照国办函〔2020〕109号相关规定，全乡本年度没有产生信息公开处理费。")]
    [InlineData("本年度收取信息处理费0.02万元。")]
    public void N05_accepts_a_fee_statement(string partSix)
    {
        Assert.Empty(Run(new N05ProcessingFeeStatementRule(), Prose((PartNumber.OtherMatters, partSix))));
    }

    private static AnnualReport WithProactiveSubPart(string text) =>
        Prose((PartNumber.Overview, text)) with { OverviewSubParts = [new OverviewSubPart(OverviewTopic.Proactive, "（一）主动公开", text)] };

    [Fact]
    public void N06_warns_when_the_proactive_sub_part_counts_nothing()
    {
        var report = WithProactiveSubPart("（一）主动公开：本年度，我镇坚持以公开为常态，通过政务公开栏等渠道主动公开政策文件、工作动态等信息。");

        Assert.Equal([("N06", "第一部分/“（一）主动公开”")], Flat(Run(new N06ProactiveFiguresRule(), report)));
    }

    [Fact]
    public void N06_accepts_a_counted_sub_part_and_a_year_is_not_a_figure()
    {
        Assert.Empty(Run(new N06ProactiveFiguresRule(), WithProactiveSubPart("2025 年主动公开政府信息共 37 条。")));
        Assert.Single(Run(new N06ProactiveFiguresRule(), WithProactiveSubPart("2025 年，我镇主动公开政府信息。")));
    }

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

    [Fact]
    public void N08_reports_a_wrong_share_and_shares_over_one_hundred_percent()
    {
        var report = Prose((PartNumber.Overview, "共受理工单 200 件，其中咨询类 50 件，占比 40%，投诉类 150 件（占比 75%）。"));

        var findings = Run(new N08StatedShareRule(), report);

        Assert.Equal(["40%", "115%"], findings.Select(f => f.Found));
        Assert.All(findings, f => Assert.Equal("N08", f.RuleId));
    }

    [Fact]
    public void N08_accepts_rounded_shares()
    {
        var report = Prose((PartNumber.Overview, "共受理工单 888 件，其中咨询类 12 件，占比 1.35%，求助类 876 件，占比98.6%。"));

        Assert.Empty(Run(new N08StatedShareRule(), report));
    }
}
