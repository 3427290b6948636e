using System.Text.RegularExpressions;
using Monitor.Domain.Rules;

namespace Monitor.Cli.Tests;

/// <summary>
/// samples/reports never rot: every row of the expectations table in samples/reports/README.md holds, and
/// the rows together cover every report rule of the catalog.
/// </summary>
public partial class SamplesTests
{
    public sealed record SampleExpectation(string File, string Arguments, IReadOnlyList<string> Rules)
    {
        public bool IsFolderRun => Arguments == "*folder*";

        public override string ToString() => $"{File} {Arguments}";
    }

    public static IReadOnlyList<SampleExpectation> Expectations { get; } = ReadExpectations();

    public static TheoryData<SampleExpectation> Rows => [.. Expectations];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Sample_produces_the_rules_its_README_lists(SampleExpectation row)
    {
        var args = row.IsFolderRun
            ? new[] { "check", "--json", RepoPaths.Samples }
            : ["check", "--json", Path.Combine(RepoPaths.Samples, row.File), .. row.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Rooted)];

        var result = await CliRunner.RunAsync(args);

        Assert.Equal([], result.Json.GetProperty("errors").EnumerateArray().Select(e => e.ToString()));
        var report = Assert.Single(result.Json.GetProperty("reports").EnumerateArray(), r => Path.GetFileName(r.GetProperty("source").GetString()) == row.File);
        var findings = report.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("rule").GetString()!, Severity: f.GetProperty("severity").GetString()!)).ToList();
        if (row.Rules.Count == 0)
        {
            Assert.Equal([], findings.Where(f => f.Severity != "info").Select(f => f.Rule));
        }
        else
        {
            Assert.Equal([], row.Rules.Except(findings.Select(f => f.Rule)));
        }
    }

    [Fact]
    public void Samples_cover_every_report_rule_of_the_catalog()
    {
        var covered = Expectations.SelectMany(e => e.Rules).ToHashSet();

        Assert.Equal([], RuleCatalog.ReportRules.Select(r => r.Descriptor.Id).Where(id => !covered.Contains(id)).Order(StringComparer.Ordinal));
        Assert.NotEmpty(RuleCatalog.ReportRules);
    }

    [Fact]
    public void Every_sample_file_is_in_the_table_and_every_row_names_a_file()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Samples).Select(Path.GetFileName).Where(f => f != "README.md").Order(StringComparer.Ordinal);

        Assert.Equal(files, Expectations.Select(e => e.File).Distinct().Order(StringComparer.Ordinal));
    }

    private static string Rooted(string argument) =>
        argument.StartsWith("samples/", StringComparison.Ordinal) ? Path.Combine(RepoPaths.Root, argument) : argument;

    private static List<SampleExpectation> ReadExpectations()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Samples, "README.md"));
        var table = readme[readme.IndexOf("<!-- expectations:begin -->", StringComparison.Ordinal)..readme.IndexOf("<!-- expectations:end -->", StringComparison.Ordinal)];
        return [.. RowPattern().Matches(table).Select(m => new SampleExpectation(
            m.Groups["file"].Value,
            m.Groups["args"].Value.Trim().Trim('`'),
            m.Groups["rules"].Value.Trim() == "—" ? [] : [.. m.Groups["rules"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]))];
    }

    [GeneratedRegex(@"^\| `(?<file>[^`]+)` \| (?<args>[^|]+) \| (?<rules>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex RowPattern();
}
