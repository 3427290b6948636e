using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Narrative;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Narrative.NarrativeRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Narrative;

public class N06ProactiveFiguresRuleTests
{
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
    public void N06_accepts_a_count_given_in_the_overview_before_the_sub_part()
    {
        var report = Parsing.Parse.Text("""
            一、总体情况
            2022年1月1日到2022年12月31日止，我镇信息主动公开292条。
            第一，主动公开
            本年度积极拓宽信息公开渠道，政务新媒体成为信息公开轻骑兵。
            二、主动公开政府信息情况
            """);

        Assert.Empty(Run(new N06ProactiveFiguresRule(), report));
    }
}
