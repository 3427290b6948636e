using System.Runtime.CompilerServices;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules;

/// <summary>
/// The preamble and the narrative as one text, for the rules that search the whole report (M04, M05, Q05, S03).
/// Built once per report: each rule concatenating its own copy cost a report-sized string per rule.
/// </summary>
internal static class WholeText
{
    private static readonly ConditionalWeakTable<AnnualReport, string> Cache = new();

    public static string Of(AnnualReport report) => Cache.GetValue(report, r => r.Preamble + "\n" + r.FullText);
}
