using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Tables;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Tables.TableRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Tables;

public class T07RegulationsNotAllowedRuleTests
{
    [Fact]
    public void T07_reports_regulations_of_a_township()
    {
        var report = With(Zeros(StatTableId.Proactive, (Table2.Regulations, Table2.InForce, 1))) with { Issuer = "中宁县徐套乡" };

        Assert.Equal([("T07", "第二部分/表二/规章/现行有效件数")], Flat(Run(new T07RegulationsNotAllowedRule(), report)));
    }

    [Fact]
    public void T07_allows_regulations_of_a_county_government_and_skips_an_unknown_unit()
    {
        var table = Zeros(StatTableId.Proactive, (Table2.Regulations, Table2.InForce, 1));
        var county = new ReportContext(With(table)) { UnitType = UnitType.CountyGovernment };

        Assert.Empty(Run(new T07RegulationsNotAllowedRule(), county));
        Assert.NotNull(new T07RegulationsNotAllowedRule().Evaluate(new ReportContext(With(table))).SkippedBecause);
    }
}
