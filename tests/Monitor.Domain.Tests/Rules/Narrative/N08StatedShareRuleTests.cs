using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Narrative;
using static Monitor.Domain.Tests.Rules.TestReports;

using static Monitor.Domain.Tests.Rules.Narrative.NarrativeRuleFixtures;

namespace Monitor.Domain.Tests.Rules.Narrative;

public class N08StatedShareRuleTests
{
    [Fact]
    public void N08_reports_a_wrong_share_and_shares_over_one_hundred_percent()
    {
        var report = Prose((PartNumber.Overview, "共受理工单 200 件，其中咨询类 50 件，占比 40%，投诉类 150 件（占比 75%）。"));

        var findings = Run(new N08StatedShareRule(), report);

        Assert.Equal(["40%", "115%"], findings.Select(f => f.Found));
        Assert.All(findings, f => Assert.Equal("N08", f.RuleId));
    }

    [Fact]
    public void N08_accepts_rounded_shares()
    {
        var report = Prose((PartNumber.Overview, "共受理工单 888 件，其中咨询类 12 件，占比 1.35%，求助类 876 件，占比98.6%。"));

        Assert.Empty(Run(new N08StatedShareRule(), report));
    }
}
