using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules;

/// <summary>Anything in the rule catalog: it has a descriptor with a stable ID.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }
}

/// <summary>The outcome of one rule on one report: findings, or the reason it was skipped.</summary>
public sealed record RuleEvaluation(string RuleId, IReadOnlyList<Finding> Findings, string? SkippedBecause)
{
    public bool WasSkipped => SkippedBecause is not null;
}

/// <summary>
/// A rule decided from one report plus optional context. Subclasses declare their descriptor, say what
/// context they need (<see cref="MissingContext"/>), and yield findings; they never throw for bad input.
/// </summary>
public abstract class ReportRule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>A Chinese reason when the context this rule needs is absent; null when it can run.</summary>
    protected virtual string? MissingContext(ReportContext context) => null;

    protected abstract IEnumerable<Finding> Check(ReportContext context);

    public RuleEvaluation Evaluate(ReportContext context)
    {
        var missing = MissingContext(context);
        return missing is not null
            ? new RuleEvaluation(Descriptor.Id, [], missing)
            : new RuleEvaluation(Descriptor.Id, [.. Check(context)], null);
    }

    /// <summary>A finding of this rule at its descriptor's severity.</summary>
    protected Finding Found(Location location, string? expected, string? found, string message) =>
        new(Descriptor.Id, Descriptor.Severity, location, expected, found, message);

    /// <summary>A finding of this rule the rule had to guess at: shown as 需人工核实 with <paramref name="doubt"/>, never alerted.</summary>
    protected Finding Guessed(string doubt, Location location, string? expected, string? found, string message) =>
        Found(location, expected, found, message).Uncertain(doubt);

    /// <summary>A finding of this rule at an explicit severity (rules that escalate, e.g. N05, Q02).</summary>
    protected Finding Found(Severity severity, Location location, string? expected, string? found, string message) =>
        new(Descriptor.Id, severity, location, expected, found, message);
}
