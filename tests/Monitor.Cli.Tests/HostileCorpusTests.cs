using Monitor.Cli.Commands;
using Monitor.Cli.Fuzzing;
using Xunit.Abstractions;

namespace Monitor.Cli.Tests;

/// <summary>
/// Issue 13's promise on real processes: every hand-made bomb, alone and in a folder beside real reports, and a fixed
/// set of seeded mutations, each checked by `monitor check` in a child process (a stack overflow would kill only the
/// child), must exit 0, 1 or 2 with a Chinese reason, report every file, and stay within 500 MB. `monitor fuzz` runs
/// the same with a thousand and more mutations; see the README.
/// </summary>
public sealed class HostileCorpusTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder work = new();

    public void Dispose() => work.Dispose();

    private static IReadOnlyList<(string Name, byte[] Bytes)> SampleReports() =>
        [.. Directory.GetFiles(RepoPaths.Samples).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];

    private static string SampleText => File.ReadAllText(Path.Combine(RepoPaths.Samples, "baishui-town-2025.txt"));

    [Fact]
    public async Task Every_bomb_alone_and_sixty_mutations_end_cleanly_within_the_memory_bound()
    {
        var run = new FuzzRun(work.Path, new FuzzBudget { MaxSeconds = TimeSpan.FromMinutes(2) });
        run.Progress += output.WriteLine;
        var corpus = new HostileCorpus(SampleReports(), FuzzCommand.DefaultSeed);

        var report = await run.RunAsync(HostileCorpus.Bombs(SampleText), corpus.Mutations(60), batchSize: 30, CancellationToken.None);

        foreach (var line in FuzzCommand.Describe(report)) output.WriteLine(line);
        Assert.Empty(report.Failures);
        Assert.Equal(16 + 60, report.Inputs);
    }

    [Fact]
    public async Task A_folder_of_every_bomb_beside_real_reports_reports_each_file_and_reads_the_real_ones()
    {
        foreach (var bomb in HostileCorpus.Bombs(SampleText)) work.Write(bomb.Name, bomb.Bytes);
        foreach (var (name, bytes) in SampleReports()) work.Write(name, bytes);
        var files = Directory.GetFiles(work.Path);

        var outcome = await ChildCheck.RunAsync(["check", work.Path, "--json"], TimeSpan.FromMinutes(5), CancellationToken.None);

        output.WriteLine($"exit {outcome.ExitCode}, {outcome.Elapsed.TotalSeconds:F1} s, peak {outcome.PeakResidentBytes / (1024 * 1024)} MB");
        Assert.Empty(new FuzzRun(work.Path, new FuzzBudget()).Judge(outcome with { Elapsed = TimeSpan.Zero }, files, single: false));
        var reports = System.Text.Json.JsonDocument.Parse(outcome.Stdout).RootElement.GetProperty("reports").EnumerateArray()
            .ToDictionary(r => Path.GetFileName(r.GetProperty("source").GetString()!), r => r.GetProperty("issuer").GetString());
        Assert.Equal("云岭县松林乡", reports["songlin-township-2025.pdf"]);
        Assert.Contains("网页含", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("嵌套超过256层", outcome.Stdout, StringComparison.Ordinal);
    }
}
