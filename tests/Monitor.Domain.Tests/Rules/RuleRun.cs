using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Tests.Parsing;

namespace Monitor.Domain.Tests.Rules;

/// <summary>Runs one rule and flattens its findings to (rule ID, where) pairs for compact assertions.</summary>
internal static class RuleRun
{
    public static (string Id, string Where)[] On<TRule>(ReportContext context) where TRule : ReportRule, new() =>
        [.. new TRule().Evaluate(context).Findings.Select(f => (f.RuleId, f.Location.Describe()))];

    public static (string Id, string Where)[] On<TRule>(AnnualReport report) where TRule : ReportRule, new() =>
        On<TRule>(new ReportContext(report));

    public static (string Id, string Where)[] OnText<TRule>(string text) where TRule : ReportRule, new() =>
        On<TRule>(Parse.Text(text));

    /// <summary>The rule's findings in full, for assertions on certainty, values and messages.</summary>
    public static IReadOnlyList<Finding> Findings<TRule>(AnnualReport report) where TRule : ReportRule, new() =>
        new TRule().Evaluate(new ReportContext(report)).Findings;

    public static string? SkipReason<TRule>(ReportContext context) where TRule : ReportRule, new() =>
        new TRule().Evaluate(context).SkippedBecause;
}
