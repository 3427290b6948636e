using Monitor.Domain.Rules;
using Monitor.Testing;

namespace Monitor.Domain.Tests.Rules;

/// <summary>
/// The committed docs/rules.md (and the README rule table, once its markers are placed) must equal what the
/// descriptors render. Run with UPDATE_RULE_DOCS=1 to rewrite them instead.
/// </summary>
public class RuleDocsTests
{
    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_RULE_DOCS") == "1";

    [Fact]
    public void Committed_rule_docs_match_the_descriptors()
    {
        var path = Path.Combine(RepoRoot.Path, "docs", "rules.md");
        var rendered = RuleDocs.Render();
        if (Updating) File.WriteAllText(path, rendered);

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with UPDATE_RULE_DOCS=1 to generate it.");
        Assert.Equal(rendered, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Readme_rule_table_matches_the_descriptors_when_its_markers_are_present()
    {
        var path = Path.Combine(RepoRoot.Path, "README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var updated = RuleDocs.ReplaceReadmeTable(readme);
        if (Updating && updated != readme) File.WriteAllText(path, updated);

        Assert.Equal(updated, Updating ? File.ReadAllText(path).ReplaceLineEndings("\n") : readme);
    }

    [Fact]
    public void Readme_table_lists_every_rule_between_the_markers()
    {
        var readme = $"intro\n{RuleDocs.BeginMarker}\nold\n{RuleDocs.EndMarker}\nrest";

        var updated = RuleDocs.ReplaceReadmeTable(readme);

        Assert.Equal(RuleCatalog.Descriptors.Count, updated.Split('\n').Count(l => l.StartsWith("| ") && !l.StartsWith("| ID")));
        Assert.EndsWith($"{RuleDocs.EndMarker}\nrest", updated);
    }
}
