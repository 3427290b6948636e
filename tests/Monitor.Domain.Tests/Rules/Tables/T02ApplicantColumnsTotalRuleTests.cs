using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Tables;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Tables.TableRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Tables;

public class T02ApplicantColumnsTotalRuleTests
{
    [Fact]
    public void T02_reports_a_row_whose_total_is_not_the_sum_of_applicants()
    {
        var report = With(Table(StatTableId.Applications, """
            new	2	1	0	0	0	0	4
            carried-over	0	0	0	0	0	0	0
            """));

        var findings = Run(new T02ApplicantColumnsTotalRule(), report);

        Assert.Equal([("T02", "第三部分/表三/一、本年新收政府信息公开申请数量/总计")], Flat(findings));
        Assert.Equal(("3", "4"), (findings[0].Expected, findings[0].Found));
    }

    [Fact]
    public void T02_skips_a_row_with_a_missing_cell()
    {
        var report = With(Table(StatTableId.Applications, """
            new	2	1	0	0	0	~	4
            """));

        Assert.Empty(Run(new T02ApplicantColumnsTotalRule(), report));
    }
}
