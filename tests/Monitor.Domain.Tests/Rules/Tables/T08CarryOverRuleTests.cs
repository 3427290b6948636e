using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Tables;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Tables.TableRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Tables;

public class T08CarryOverRuleTests
{
    [Fact]
    public void T08_reports_carry_over_that_differs_from_last_year()
    {
        var previous = With(Zeros(StatTableId.Applications, (Table3.CarryForward, Table3.Total, 2)));
        var context = new ReportContext(With(Zeros(StatTableId.Applications))) { PreviousYear = previous };

        Assert.Equal([("T08", "第三部分/表三/二、上年结转政府信息公开申请数量/总计")], Flat(Run(new T08CarryOverRule(), context)));
    }

    [Fact]
    public void T08_accepts_matching_carry_over_and_is_skipped_without_last_year()
    {
        var previous = With(Zeros(StatTableId.Applications, (Table3.CarryForward, Table3.Total, 2)));
        var report = With(Zeros(StatTableId.Applications, (Table3.CarriedOver, Table3.Total, 2)));

        Assert.Empty(Run(new T08CarryOverRule(), new ReportContext(report) { PreviousYear = previous }));
        Assert.Contains("上一年度", new T08CarryOverRule().Evaluate(new ReportContext(report)).SkippedBecause);
    }
}
