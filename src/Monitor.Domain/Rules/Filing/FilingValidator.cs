using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Filing;

/// <summary>Runs every filing rule of the catalog (F01, F04, F05) on one unit-year; the deadline sweep calls this.</summary>
public sealed class FilingValidator(IEnumerable<IFilingRule> rules)
{
    public FilingValidator() : this(RuleCatalog.All.OfType<IFilingRule>())
    {
    }

    private readonly IReadOnlyList<IFilingRule> rules = [.. rules];

    public IReadOnlyList<Finding> Validate(FilingContext context) =>
        [.. rules.SelectMany(rule => rule.Evaluate(context).Findings)];
}
