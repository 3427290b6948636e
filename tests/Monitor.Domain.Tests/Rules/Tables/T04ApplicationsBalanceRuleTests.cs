using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Tables;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Tables.TableRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Tables;

public class T04ApplicationsBalanceRuleTests
{
    [Fact]
    public void T04_reports_an_unbalanced_column()
    {
        var report = With(Zeros(StatTableId.Applications,
            (Table3.NewReceived, Table3.NaturalPerson, 3), (Table3.NewReceived, Table3.Total, 3),
            (Table3.Disclosed, Table3.NaturalPerson, 2), (Table3.Disclosed, Table3.Total, 2),
            (Table3.ResultTotal, Table3.NaturalPerson, 2), (Table3.ResultTotal, Table3.Total, 2)));

        var findings = Run(new T04ApplicationsBalanceRule(), report);

        Assert.Equal([("T04", "第三部分/表三/三、本年度办理结果（七）总计/自然人"), ("T04", $"第三部分/表三/三、本年度办理结果（七）总计/{Total}")], Flat(findings));
    }

    [Fact]
    public void T04_accepts_a_balance_with_carry_forward()
    {
        var report = With(Zeros(StatTableId.Applications,
            (Table3.NewReceived, Table3.Total, 3), (Table3.CarriedOver, Table3.Total, 1),
            (Table3.ResultTotal, Table3.Total, 2), (Table3.CarryForward, Table3.Total, 2)));

        Assert.Empty(Run(new T04ApplicationsBalanceRule(), report));
    }
}
