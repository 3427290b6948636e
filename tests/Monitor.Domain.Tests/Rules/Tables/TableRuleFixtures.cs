using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Tables;
using static Monitor.Domain.Tests.Rules.TestReports;

namespace Monitor.Domain.Tests.Rules.Tables;

internal static class TableRuleFixtures
{
    internal const string Total = "总计";
}
