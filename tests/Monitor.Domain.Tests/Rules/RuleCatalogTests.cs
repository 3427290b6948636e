using System.Text.RegularExpressions;
using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Filing;
using Monitor.Testing;

namespace Monitor.Domain.Tests.Rules;

/// <summary>Checks over the whole catalog: IDs and severities as specified, descriptors complete, no rule throws, every rule tested.</summary>
public partial class RuleCatalogTests
{
    public static TheoryData<string> ReportRuleIds => [.. RuleCatalog.ReportRules.Select(r => r.Descriptor.Id)];

    public static TheoryData<string> FilingRuleIds => [.. RuleCatalog.All.OfType<IFilingRule>().Select(r => r.Descriptor.Id)];

    [Fact]
    public void Ids_are_unique()
    {
        var duplicates = RuleCatalog.Descriptors.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Ids_are_exactly_those_of_the_specification()
    {
        var specified = SpecifiedRules().Keys.ToHashSet();
        var implemented = RuleCatalog.Descriptors.Select(d => d.Id).ToHashSet();

        var missing = string.Join(",", specified.Except(implemented).Order(StringComparer.Ordinal));
        var unspecified = string.Join(",", implemented.Except(specified).Order(StringComparer.Ordinal));

        Assert.True(missing.Length == 0 && unspecified.Length == 0,
            $"The catalog differs from rules.md. Specified but not implemented: [{missing}]. Implemented but not specified: [{unspecified}].");
    }

    [Fact]
    public void Severities_match_the_specification()
    {
        var specified = SpecifiedRules();
        var mismatches = RuleCatalog.Descriptors
            .Where(d => specified.TryGetValue(d.Id, out var severity) && severity != d.Severity.Code())
            .Select(d => $"{d.Id}: {d.Severity.Code()} != {specified[d.Id]}");

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Every_descriptor_has_a_chinese_title_a_source_and_tags()
    {
        var incomplete = RuleCatalog.Descriptors
            .Where(d => !Chinese().IsMatch(d.Title) || string.IsNullOrWhiteSpace(d.Source) || d.Tags.Count == 0)
            .Select(d => d.Id);

        Assert.Empty(incomplete);
    }

    [Fact]
    public void Every_narrative_rule_states_its_certainty_and_why()
    {
        var silent = RuleCatalog.Descriptors
            .Where(d => d.Category == RuleCategory.Narrative && (d.CertaintyNote is null || !Chinese().IsMatch(d.CertaintyNote)))
            .Select(d => d.Id);

        Assert.Empty(silent);
    }

    [Theory]
    [MemberData(nameof(ReportRuleIds))]
    public void Report_rule_runs_on_empty_tableless_and_unreadable_reports(string id)
    {
        var rule = RuleCatalog.ReportRules.Single(r => r.Descriptor.Id == id);
        var tableless = Parsing.Parse.Text("某县某镇2024年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况");
        AnnualReport[] reports = [new AnnualReport(), tableless, new AnnualReport { UnreadableReason = "扫描件，无法读取文字。" }];

        var evaluations = reports.SelectMany(r => new[]
        {
            rule.Evaluate(new ReportContext(r)),
            rule.Evaluate(new ReportContext(r) { PreviousYear = new AnnualReport(), Peers = [new AnnualReport()], HasPeers = true, PublishedOn = new(2025, 2, 1), Deadline = new(2025, 1, 31), RegisteredUnitName = "某县某镇" }),
        }).ToList();

        Assert.All(evaluations, e => Assert.Equal(id, e.RuleId));
        Assert.All(evaluations.SelectMany(e => e.Findings), f => Assert.Equal(id, f.RuleId));
    }

    [Theory]
    [MemberData(nameof(FilingRuleIds))]
    public void Filing_rule_runs_on_a_bare_unit_year(string id)
    {
        var rule = RuleCatalog.All.OfType<IFilingRule>().Single(r => r.Descriptor.Id == id);

        var evaluation = rule.Evaluate(new FilingContext("", "", UnitType.Township, 2025, new(2026, 1, 31), new(2026, 1, 1)) { FailureThreshold = 0 });

        Assert.Equal(id, evaluation.RuleId);
    }

    /// <summary>
    /// Each rule class has a test class named after it (M03IssuerWithoutCountyRule → M03IssuerWithoutCountyRuleTests);
    /// the per-rule tests hold the firing and non-firing cases.
    /// </summary>
    [Fact]
    public void Every_rule_has_a_test_class_named_after_it()
    {
        var testTypes = typeof(RuleCatalogTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        var untested = RuleCatalog.All.Select(r => r.GetType().Name).Where(name => !testTypes.Contains(name + "Tests"));

        Assert.Empty(untested);
    }

    /// <summary>
    /// The ID → severity rows of the markdown tables in ../shared/spec/rules.md, plus the rules the project added since
    /// (an issue's new rule), each recorded as a table row in docs/rules-changelog.md.
    /// </summary>
    private static Dictionary<string, string> SpecifiedRules()
    {
        var path = Path.Combine(RepoRoot.Shared, "spec", "rules.md");
        Assert.True(File.Exists(path),
            $"The rule specification {path} is missing: ../shared (spec and seeds) must sit beside the repository root, as in CI.");
        var rows = SpecRow().Matches(File.ReadAllText(path)).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["severity"].Value);
        foreach (Match added in SpecRow().Matches(File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "rules-changelog.md"))))
            rows.TryAdd(added.Groups["id"].Value, added.Groups["severity"].Value);
        return rows;
    }

    [GeneratedRegex(@"^\|\s*(?<id>[A-Z]\d{2})\s*\|\s*(?<severity>error|warning|info)\s*\|", RegexOptions.Multiline)]
    private static partial Regex SpecRow();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}

public class RuleCatalogProperties
{
    [FsCheck.Xunit.Property(MaxTest = 50)]
    public bool Every_report_rule_survives_any_text(string? text)
    {
        var report = Parsing.Parse.Text(text ?? "");
        var context = new ReportContext(report) { PreviousYear = report, Peers = [report], HasPeers = true };
        return RuleCatalog.ReportRules.All(rule => rule.Evaluate(context).RuleId == rule.Descriptor.Id);
    }
}
