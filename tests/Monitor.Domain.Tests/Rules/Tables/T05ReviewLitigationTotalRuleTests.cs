using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Tables;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Tables.TableRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Tables;

public class T05ReviewLitigationTotalRuleTests
{
    [Fact]
    public void T05_reports_a_group_total_that_is_not_the_sum_of_outcomes()
    {
        var report = With(Table(StatTableId.ReviewsAndLitigation, """
            review	0	0	0	0	0
            litigation-direct	1	0	0	1	1
            litigation-after-review	0	0	0	0	0
            """));

        var findings = Run(new T05ReviewLitigationTotalRule(), report);

        Assert.Equal([("T05", "第四部分/表四/行政诉讼（未经复议直接起诉）/总计")], Flat(findings));
    }

    [Fact]
    public void T05_accepts_consistent_groups()
    {
        var report = With(Table(StatTableId.ReviewsAndLitigation, """
            review	0	0	0	0	0
            litigation-direct	1	0	0	1	2
            """));

        Assert.Empty(Run(new T05ReviewLitigationTotalRule(), report));
    }
}
