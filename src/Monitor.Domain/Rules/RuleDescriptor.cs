using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules;

/// <summary>Rule groups of the catalog (rules.md): the letter of the ID.</summary>
public enum RuleCategory
{
    /// <summary>F: filing and timeliness.</summary>
    Filing,
    /// <summary>M: identity and metadata.</summary>
    Metadata,
    /// <summary>S: structure and format.</summary>
    Structure,
    /// <summary>T: table values.</summary>
    Tables,
    /// <summary>N: narrative against tables, required statements.</summary>
    Narrative,
    /// <summary>Q: quality, across reports.</summary>
    Quality,
}

/// <summary>
/// A rule's identity as data. IDs are a public contract (rules.md): never renumbered or reused.
/// Title is Chinese (shown to officials); Source cites the regulation or format the rule enforces.
/// </summary>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    Severity Severity,
    string Source,
    RuleCategory Category,
    IReadOnlyList<string> Tags)
{
    /// <summary>
    /// When the rule's findings are certain and when it marks them 需人工核实, in Chinese (issue 12: every narrative
    /// rule states which it is and why); listed under the rule in docs/rules.md.
    /// </summary>
    public string? CertaintyNote { get; init; }

    public RuleDescriptor(string id, string title, Severity severity, string source, params string[] tags)
        : this(id, title, severity, source, CategoryOf(id), tags)
    {
    }

    private static RuleCategory CategoryOf(string id) => id[0] switch
    {
        'F' => RuleCategory.Filing,
        'M' => RuleCategory.Metadata,
        'S' => RuleCategory.Structure,
        'T' => RuleCategory.Tables,
        'N' => RuleCategory.Narrative,
        'Q' => RuleCategory.Quality,
        _ => throw new ArgumentException($"Rule ID '{id}' has no known category letter.", nameof(id)),
    };
}
