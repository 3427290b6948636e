using System.Text.Json;
using Monitor.Domain.Findings;
using Monitor.Domain.Rules;
using Monitor.Domain.Tests.Parsing;
using Monitor.Testing;

namespace Monitor.Domain.Tests.Rules;

/// <summary>
/// The F/M/S/Q rules on the five real seeds give exactly the warning/error findings of
/// seed-expectations.json for those letters (T and N belong to other rule files and are filtered out).
/// </summary>
public class SeedRuleTests
{
    private static readonly char[] OwnLetters = ['F', 'M', 'S', 'Q'];

    [Theory]
    [InlineData("xinzhuangji-2025.txt")]
    [InlineData("hongsibu-town-2024.txt")]
    [InlineData("xutao-2024.txt")]
    [InlineData("lijun-2025.txt")]
    [InlineData("dazhai-2025.txt")]
    public void Seed_gives_exactly_the_expected_FMSQ_findings(string seed)
    {
        var result = new ReportValidator().Validate(new ReportContext(Seeds.Parse(seed)));

        var found = result.Findings
            .Where(f => f.Severity >= Severity.Warning && OwnLetters.Contains(f.RuleId[0]))
            .Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(Expected(seed), found);
    }

    private static IEnumerable<string> Expected(string seed)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Shared, "spec", "seed-expectations.json")));
        return json.RootElement.GetProperty("reports").GetProperty(seed).GetProperty("expect").EnumerateArray()
            .Select(e => e.GetString()!).Where(id => OwnLetters.Contains(id[0])).Order(StringComparer.Ordinal).ToList();
    }
}
