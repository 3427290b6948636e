using Monitor.Domain.Findings;
using Monitor.Domain.Rules;
using Monitor.Domain.Tests.Parsing;

namespace Monitor.Domain.Tests.Rules;

/// <summary>The T and N rules on the five real seeds give exactly the warnings and errors of seed-expectations.json.</summary>
public class TableNarrativeSeedTests
{
    [Theory]
    [InlineData("xinzhuangji-2025.txt", "N04 N07")]
    [InlineData("hongsibu-town-2024.txt", "N02 N07")]
    [InlineData("xutao-2024.txt", "N07")]
    [InlineData("lijun-2025.txt", "N07")]
    [InlineData("dazhai-2025.txt", "N05 N06 N07")]
    public void Seed_gives_exactly_the_expected_table_and_narrative_findings(string seed, string expected)
    {
        var context = new ReportContext(Seeds.Parse(seed));
        var findings = RuleCatalog.ReportRules
            .Where(r => r.Descriptor.Category is RuleCategory.Tables or RuleCategory.Narrative)
            .SelectMany(r => r.Evaluate(context).Findings)
            .Where(f => f.Severity >= Severity.Warning)
            .ToList();

        Assert.Equal(expected, string.Join(" ", findings.Select(f => f.RuleId).Distinct().Order()),
            StringComparer.Ordinal);
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.Message), f.Location.Describe()));
    }
}

public class TableNarrativeRobustnessTests
{
    public static TheoryData<string> RuleIds() => [.. RuleCatalog.ReportRules
        .Where(r => r.Descriptor.Category is RuleCategory.Tables or RuleCategory.Narrative).Select(r => r.Descriptor.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_runs_on_an_empty_report_and_on_text_without_tables(string id)
    {
        var rule = RuleCatalog.ReportRules.Single(r => r.Descriptor.Id == id);
        var textOnly = TestReports.Prose((Monitor.Domain.Reports.PartNumber.OtherMatters, "共（ 5 件，其中：、（其中）占比%。未收到")) with { Issuer = "某县某乡" };

        Assert.Empty(rule.Evaluate(new ReportContext(new Monitor.Domain.Reports.AnnualReport())).Findings);
        Assert.DoesNotContain(rule.Evaluate(new ReportContext(textOnly)).Findings, f => f.Severity == Severity.Error);
    }
}
