using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Tables;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Tables.TableRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Tables;

public class T06InvalidCountRuleTests
{
    [Fact]
    public void T06_reports_negative_and_fractional_counts_but_not_a_decimal_fee()
    {
        var report = With(Table(StatTableId.Proactive, """
            normative-documents	-1	0	2.5
            fees	0.35
            """));

        Assert.Equal([("T06", "第二部分/表二/行政规范性文件/本年制发件数"), ("T06", "第二部分/表二/行政规范性文件/现行有效件数")],
            Flat(Run(new T06InvalidCountRule(), report)));
    }

    [Fact]
    public void T06_is_silent_on_whole_counts()
    {
        Assert.Empty(Run(new T06InvalidCountRule(), With(Zeros(StatTableId.Proactive, (Table2.Fees, Table2.Amount, 1.5m)))));
    }
}
