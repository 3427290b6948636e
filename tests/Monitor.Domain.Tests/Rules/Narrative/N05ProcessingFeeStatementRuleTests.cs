using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Narrative;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Narrative.NarrativeRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Narrative;

public class N05ProcessingFeeStatementRuleTests
{
    [Fact]
    public void N05_warns_when_part_six_is_silent_and_escalates_with_fee_notices()
    {
        var silent = Prose((PartNumber.OtherMatters, "无"));
        var withNotices = WithTables(silent, Zeros(StatTableId.Applications, (Table3.SubRow("other-handling", 2), Table3.Total, 1)));

        Assert.Equal([("N05", "第六部分/“无”")], Flat(Run(new N05ProcessingFeeStatementRule(), silent)));
        Assert.Equal([Severity.Warning, Severity.Error],
            [Run(new N05ProcessingFeeStatementRule(), silent)[0].Severity, Run(new N05ProcessingFeeStatementRule(), withNotices)[0].Severity]);
    }

    [Theory]
    [InlineData("依据《政府信息公开信息处理费管理办法》，我乡本年度未收取政府信息公开处理费。")]
    [InlineData("按照国办函〔2020〕109号相关规定，全乡本年度没有产生信息公开处理费。")]
    [InlineData("本年度收取信息处理费0.02万元。")]
    [InlineData("本年度未发生收费情况。")]
    [InlineData("本单位未收取任何费用。")]
    public void N05_accepts_a_fee_statement(string partSix)
    {
        Assert.Empty(Run(new N05ProcessingFeeStatementRule(), Prose((PartNumber.OtherMatters, partSix))));
    }
}
