using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Tables;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Tables.TableRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Tables;

public class T09NormativeDocumentsInForceRuleTests
{
    [Fact]
    public void T09_reports_in_force_count_that_does_not_follow_from_last_year()
    {
        var previous = With(Zeros(StatTableId.Proactive, (Table2.NormativeDocuments, Table2.InForce, 5)));
        var report = With(Zeros(StatTableId.Proactive, (Table2.NormativeDocuments, Table2.Issued, 2), (Table2.NormativeDocuments, Table2.InForce, 5)));

        var findings = Run(new T09NormativeDocumentsInForceRule(), new ReportContext(report) { PreviousYear = previous });

        Assert.Equal([("T09", "第二部分/表二/行政规范性文件/现行有效件数")], Flat(findings));
        Assert.Equal((Severity.Info, "7", "5"), (findings[0].Severity, findings[0].Expected, findings[0].Found));
    }

    [Fact]
    public void T09_accepts_in_force_count_carried_forward()
    {
        var previous = With(Zeros(StatTableId.Proactive, (Table2.NormativeDocuments, Table2.InForce, 5)));
        var report = With(Zeros(StatTableId.Proactive, (Table2.NormativeDocuments, Table2.Repealed, 1), (Table2.NormativeDocuments, Table2.InForce, 4)));

        Assert.Empty(Run(new T09NormativeDocumentsInForceRule(), new ReportContext(report) { PreviousYear = previous }));
    }
}
