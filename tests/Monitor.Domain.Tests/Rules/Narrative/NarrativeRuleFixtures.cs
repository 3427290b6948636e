using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Narrative;
using static Monitor.Domain.Tests.Rules.TestReports;

namespace Monitor.Domain.Tests.Rules.Narrative;

internal static class NarrativeRuleFixtures
{
    internal static AnnualReport WithTables(AnnualReport report, params StatTable[] tables) =>
        report with { Tables = tables.ToDictionary(t => t.Id) };

    internal static AnnualReport WithProactiveSubPart(string text) =>
        Prose((PartNumber.Overview, text)) with { OverviewSubParts = [new OverviewSubPart(OverviewTopic.Proactive, "（一）主动公开", text)] };
}
