using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Narrative;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Narrative.NarrativeRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Narrative;

public class N04ItemizedSumRuleTests
{
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
    public void N04_ends_a_list_at_a_semicolon_once_the_total_is_reached()
    {
        Assert.Empty(Run(new N04ItemizedSumRule(), Prose((PartNumber.Overview, "共发布微博96条，其中原创20条、转发76条；收到留言9条。"))));
        Assert.Empty(Run(new N04ItemizedSumRule(), Prose((PartNumber.Overview,
            "办结申请8件，其中予以公开5件，其他处理3件；因信息公开引起行政复议1件、诉讼4件。"))));
    }

    [Fact]
    public void N04_reads_items_named_with_a_pause_mark_and_separated_by_semicolons()
    {
        // Shape of a real county report (jx-changjiang-2019): items split by "；" and a name holding "、".
        Assert.Empty(Run(new N04ItemizedSumRule(), Prose((PartNumber.Overview,
            "公开信息100条，其中行政许可类信息30条，占30%；安全生产、应急管理类信息50条，占50%；其他栏目以及热点专题信息合计20条，占20%。"))));
    }

    [Fact]
    public void N04_counts_items_in_jian_within_a_list_of_tiao()
    {
        Assert.Empty(Run(new N04ItemizedSumRule(), Prose((PartNumber.Overview, "全年政务公开信息共44条，其中政府信息公开指南1条，政策文件6件，其他信息37条。"))));
    }

    [Fact]
    public void N04_is_uncertain_when_the_list_follows_the_total_after_a_full_stop()
    {
        var findings = Run(new N04ItemizedSumRule(), Prose((PartNumber.Overview, "2022年，关坝镇主动公开各类政府信息117条。其中，工作信息动态25条，其他信息4条。")));

        var finding = Assert.Single(findings);
        Assert.Equal((Certainty.Uncertain, "117条"), (finding.Certainty, finding.Expected));
        Assert.NotNull(finding.Doubt);
    }

    [Fact]
    public void N04_leaves_a_list_in_parentheses_that_names_only_some_items()
    {
        Assert.Empty(Run(new N04ItemizedSumRule(), Prose((PartNumber.Overview,
            "共新增主动公开政府信息12条。其中，镇街动态信息6条，财政管理类信息6条（其中，预决算2条、专项经费1条）。"))));
    }

    [Fact]
    public void N04_is_certain_on_a_plain_list_in_one_clause()
    {
        var finding = Assert.Single(Run(new N04ItemizedSumRule(), Prose((PartNumber.Overview, "共发布信息20条，其中通知5条、动态6条。"))));
        Assert.Equal(Certainty.Certain, finding.Certainty);
    }
}
