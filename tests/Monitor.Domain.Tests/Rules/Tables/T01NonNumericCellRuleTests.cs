using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Tables;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Tables.TableRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Tables;

public class T01NonNumericCellRuleTests
{
    [Fact]
    public void T01_reports_a_slash_and_a_blank_cell_as_treated_as_zero()
    {
        var report = With(Table(StatTableId.Proactive, """
            regulations	0	/	0
            penalty	
            """));

        var findings = Run(new T01NonNumericCellRule(), report);

        Assert.Equal([("T01", "第二部分/表二/规章/本年废止件数"), ("T01", "第二部分/表二/行政处罚/本年处理决定数量")], Flat(findings));
        Assert.Contains("按0处理", findings[0].Message);
        Assert.Equal("（空白）", findings[1].Found);
    }

    [Fact]
    public void T01_is_silent_on_numeric_cells()
    {
        Assert.Empty(Run(new T01NonNumericCellRule(), With(Zeros(StatTableId.Proactive), Zeros(StatTableId.Applications))));
    }
}
