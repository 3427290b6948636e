using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules;

/// <summary>All findings and skipped rules of one report.</summary>
public sealed record ValidationResult(IReadOnlyList<Finding> Findings, IReadOnlyList<SkippedRule> Skipped)
{
    /// <summary>True when a certain error was found; an uncertain one (需人工核实) waits for a reviewer.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error && f.IsCertain);

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Findings filtered by rule ID or tag (alerts take errors; the summary takes all).</summary>
    public IEnumerable<Finding> WithSeverityAtLeast(Severity severity) => Findings.Where(f => f.Severity >= severity);
}

/// <summary>Runs every report rule of the catalog on one report with its context.</summary>
public sealed class ReportValidator(IEnumerable<ReportRule> rules)
{
    public ReportValidator() : this(RuleCatalog.ReportRules)
    {
    }

    private readonly IReadOnlyList<ReportRule> rules = [.. rules];

    public ValidationResult Validate(ReportContext context)
    {
        var findings = new List<Finding>();
        var skipped = new List<SkippedRule>();
        foreach (var rule in rules)
        {
            var evaluation = rule.Evaluate(context);
            if (evaluation.SkippedBecause is { } reason) skipped.Add(new SkippedRule(rule.Descriptor.Id, reason));
            else findings.AddRange(evaluation.Findings);
        }
        return new ValidationResult(findings, skipped);
    }
}
