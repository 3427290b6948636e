using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Narrative;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Narrative.NarrativeRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Narrative;

public class N04ItemizedSumRuleTests
{
    [Fact]
    public void N04_reports_parts_that_do_not_add_up()
    {
        var report = Prose((PartNumber.Overview, "主动公开各类信息共 372 条，其中政府文件 2 条、公示公告 58 条、乡镇动态 28 条、\n专题专栏 2 条、预决算公开 2 条。"));

        var findings = Run(new N04ItemizedSumRule(), report);

        Assert.Equal([("N04", "第一部分/“372条，其中政府文件2条、公示公告58条、乡镇动态28条、专题专栏2条、预决算公开2条”")], Flat(findings));
        Assert.Equal(("372条", "92条（2+58+28+2+2）"), (findings[0].Expected, findings[0].Found));
    }

    [Fact]
    public void N04_reports_a_single_part_larger_than_the_total_but_not_a_smaller_one()
    {
        Assert.Equal([("N04", "第一部分/“5件，其中咨询类8件”")],
            Flat(Run(new N04ItemizedSumRule(), Prose((PartNumber.Overview, "共受理工单 5 件，其中咨询类 8 件。")))));
        Assert.Empty(Run(new N04ItemizedSumRule(), Prose((PartNumber.Overview, "共受理工单 5 件，其中咨询类 3 件。"))));
    }
}
