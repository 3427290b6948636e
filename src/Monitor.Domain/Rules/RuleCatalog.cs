using System.Reflection;

namespace Monitor.Domain.Rules;

/// <summary>
/// The one registry of rules: every concrete <see cref="IRule"/> in this assembly, ordered by ID.
/// Adding a rule class adds it to the catalog, the docs and the catalog-wide tests.
/// </summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<IRule>> AllRules = new(Discover);

    public static IReadOnlyList<IRule> All => AllRules.Value;

    public static IEnumerable<ReportRule> ReportRules => All.OfType<ReportRule>();

    public static IReadOnlyList<RuleDescriptor> Descriptors => [.. All.Select(r => r.Descriptor)];

    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(r => r.Descriptor.Id == id)?.Descriptor;

    private static IReadOnlyList<IRule> Discover() =>
        [.. typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IRule).IsAssignableFrom(t)
                        && t.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)
            .Select(t => (IRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];
}
