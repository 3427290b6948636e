using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Tables;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Tables.TableRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Tables;

public class T03ResultTotalRuleTests
{
    [Fact]
    public void T03_reports_a_result_total_that_is_not_the_sum_of_results()
    {
        var report = With(Zeros(StatTableId.Applications,
            (Table3.Disclosed, Table3.NaturalPerson, 2), (Table3.SubRow("unavailable", 1), Table3.NaturalPerson, 1),
            (Table3.ResultTotal, Table3.NaturalPerson, 2)));

        var findings = Run(new T03ResultTotalRule(), report);

        Assert.Equal([("T03", "第三部分/表三/三、本年度办理结果（七）总计/自然人")], Flat(findings));
        Assert.Equal(("3", "2"), (findings[0].Expected, findings[0].Found));
    }

    [Fact]
    public void T03_skips_a_column_when_a_sub_row_is_missing()
    {
        var cells = Zeros(StatTableId.Applications, (Table3.ResultTotal, Table3.Total, 5)).Cells
            .Where(c => !c.Key.Row.StartsWith("other-handling", StringComparison.Ordinal));
        var report = With(new StatTable(StatTableId.Applications, cells));

        Assert.Empty(Run(new T03ResultTotalRule(), report));
    }
}
