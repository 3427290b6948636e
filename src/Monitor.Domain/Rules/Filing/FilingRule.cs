using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Filing;

/// <summary>Base of the filing rules: descriptor, a short Check over <see cref="FilingContext"/>, findings at the descriptor's severity.</summary>
public abstract class FilingRule : IFilingRule
{
    public abstract RuleDescriptor Descriptor { get; }

    protected abstract IEnumerable<Finding> Check(FilingContext context);

    public RuleEvaluation Evaluate(FilingContext context) => new(Descriptor.Id, [.. Check(context)], null);

    protected Finding Found(string? expected, string? found, string message) =>
        new(Descriptor.Id, Descriptor.Severity, Location.Document, expected, found, message);
}
