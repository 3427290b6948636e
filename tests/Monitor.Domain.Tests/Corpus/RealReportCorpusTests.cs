using Monitor.Domain.Checking;
using Monitor.Domain.Findings;
using Monitor.Testing;
using Xunit.Abstractions;

namespace Monitor.Domain.Tests.Corpus;

/// <summary>
/// The engine over tests/corpus: real reports nobody here wrote, each with a reviewer's expectation. A wrong error
/// costs the county office a phone call, so one false error fails the build; precision and recall of warnings and
/// errors are held to the issue-12 bars and printed per rule.
/// </summary>
public class RealReportCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<CorpusScore> Score = new(() => Run(CorpusEntry.LoadAll(RepoRoot.Combine("tests", "corpus"))));

    public static CorpusScore Run(IReadOnlyList<CorpusEntry> entries)
    {
        var checker = new ReportChecker();
        var verdicts = new List<CorpusVerdict>();
        foreach (var entry in entries)
        {
            var read = checker.Read(File.ReadAllBytes(entry.DocumentPath), entry.DocumentPath);
            var result = checker.Validate(read, new CheckOptions { UnitType = entry.UnitType });
            var raised = result.Validation.Findings
                .Where(f => f.Severity >= Severity.Warning && entry.IsScored(f.RuleId))
                .GroupBy(f => f.RuleId)
                .ToDictionary(g => g.Key, g => g.Max(f => f.Severity));
            foreach (var (rule, severity) in raised) verdicts.Add(new CorpusVerdict(entry.Slug, rule, severity, entry.Expected.Contains(rule)));
            foreach (var rule in entry.Expected.Where(r => !raised.ContainsKey(r))) verdicts.Add(new CorpusVerdict(entry.Slug, rule, null, true));
        }
        return new CorpusScore(verdicts);
    }

    [Fact]
    public void Corpus_holds_at_least_40_real_reports_from_10_provinces()
    {
        var entries = CorpusEntry.LoadAll(RepoRoot.Combine("tests", "corpus"));
        Assert.True(entries.Count >= 40, $"{entries.Count} reports");
        Assert.Contains(entries, e => e.UnitType is Monitor.Domain.Rules.UnitType.Township);
        Assert.Contains(entries, e => e.UnitType is Monitor.Domain.Rules.UnitType.StreetOffice);
        Assert.Contains(entries, e => e.UnitType is Monitor.Domain.Rules.UnitType.Department);
        Assert.Contains(entries, e => e.UnitType is Monitor.Domain.Rules.UnitType.CountyGovernment);
    }

    [Fact]
    public void No_error_finding_that_a_reviewer_would_not_raise()
    {
        output.WriteLine(Score.Value.Table());
        Assert.Empty(Score.Value.FalseErrors.Select(v => $"{v.RuleId} {v.Slug}"));
    }

    [Fact]
    public void Precision_of_warnings_and_errors_is_at_least_95_percent()
    {
        output.WriteLine(Score.Value.Table());
        Assert.True(Score.Value.Precision >= 0.95, $"precision {Score.Value.Precision:P1}\n{Score.Value.Table()}");
    }

    [Fact]
    public void Recall_of_expected_findings_is_at_least_90_percent()
    {
        output.WriteLine(Score.Value.Table());
        Assert.True(Score.Value.Recall >= 0.90, $"recall {Score.Value.Recall:P1}\n{Score.Value.Table()}");
    }
}
