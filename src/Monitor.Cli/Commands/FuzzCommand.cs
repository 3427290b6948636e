using System.CommandLine;
using System.Globalization;
using Monitor.Cli.Fuzzing;

namespace Monitor.Cli.Commands;

/// <summary>
/// `fuzz [--count N] [--seed S] [--from DIR]... [--batch N] [--write DIR [--generate-only]]`: generates the hostile
/// corpus (every hand-made bomb plus N seeded mutations of report files) and runs `check` on it in child processes,
/// each bomb alone and the mutations in batches, against the bounds of issue 13: exit 0/1/2 with a Chinese reason,
/// every file of a folder reported, at most 30 s and 500 MB per input. Exit 0 when nothing broke, 1 when something
/// did (each named), 2 for unusable arguments.
/// </summary>
public static class FuzzCommand
{
    public const int DefaultSeed = 20261205;

    public static Command Create(CliConsole console)
    {
        var count = new Option<int>("--count") { Description = "变异输入的个数", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "随机种子（相同种子生成相同文件）", DefaultValueFactory = _ => DefaultSeed };
        var from = new Option<string[]>("--from") { Description = "作为变异种子的报告文件夹（默认 samples/reports 与 samples/portal/files）", AllowMultipleArgumentsPerToken = true };
        var batch = new Option<int>("--batch") { Description = "每个子进程检查的变异输入个数", DefaultValueFactory = _ => 50 };
        var write = new Option<string?>("--write") { Description = "把生成的文件写入该文件夹（保留）" };
        var generateOnly = new Option<bool>("--generate-only") { Description = "只生成文件（需 --write），不运行检查" };
        var command = new Command("fuzz", "生成恶意与畸形输入并在子进程中逐一检查，确认不崩溃、不挂起、不超内存") { count, seed, from, batch, write, generateOnly };
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(count), parse.GetValue(seed), parse.GetValue(from) ?? [], parse.GetValue(batch),
            parse.GetValue(write), parse.GetValue(generateOnly), ct));
        return command;
    }

    public static async Task<int> RunAsync(CliConsole console, int count, int seed, IReadOnlyList<string> from, int batchSize, string? write,
        bool generateOnly, CancellationToken ct)
    {
        if (count < 0 || batchSize < 1 || (generateOnly && write is null))
        {
            await console.Error.WriteLineAsync("参数错误：--count 不能为负，--batch 至少为 1，--generate-only 需要 --write 文件夹。").ConfigureAwait(false);
            return CommandLineInvocation.UnusableInput;
        }
        var folders = from.Count > 0 ? from : DefaultSeedFolders();
        var missing = folders.FirstOrDefault(f => !Directory.Exists(f));
        if (missing is not null || folders.Count == 0)
        {
            await console.Error.WriteLineAsync(missing is null ? "找不到变异种子（samples/reports）；请用 --from 指定报告文件夹。" : $"找不到文件夹：{missing}").ConfigureAwait(false);
            return CommandLineInvocation.UnusableInput;
        }
        var seeds = SeedFiles(folders);
        var sampleText = seeds.Where(s => s.Name.EndsWith(".txt", StringComparison.Ordinal)).Select(s => System.Text.Encoding.UTF8.GetString(s.Bytes)).FirstOrDefault()
                         ?? "政府信息公开工作年度报告。";
        var corpus = new HostileCorpus(seeds, seed);
        await console.Error.WriteLineAsync($"种子文件 {seeds.Count} 个（{string.Join("、", folders)}），随机种子 {seed}").ConfigureAwait(false);

        if (generateOnly)
        {
            Directory.CreateDirectory(write!);
            var written = 0;
            foreach (var input in HostileCorpus.Bombs(sampleText).Concat(corpus.Mutations(count)))
            {
                await File.WriteAllBytesAsync(Path.Combine(write!, input.Name), input.Bytes, ct).ConfigureAwait(false);
                written++;
            }
            await console.Out.WriteLineAsync($"已生成 {written} 个文件：{Path.GetFullPath(write!)}").ConfigureAwait(false);
            return CommandLineInvocation.Clean;
        }

        var work = write ?? Directory.CreateTempSubdirectory("monitor-fuzz-").FullName;
        try
        {
            var run = new FuzzRun(work, new FuzzBudget());
            run.Progress += line => { lock (console.Error) console.Error.WriteLine(line); };
            var report = await run.RunAsync(HostileCorpus.Bombs(sampleText), corpus.Mutations(count), batchSize, ct).ConfigureAwait(false);
            foreach (var line in Describe(report)) await console.Out.WriteLineAsync(line).ConfigureAwait(false);
            return report.Failures.Count == 0 ? CommandLineInvocation.Clean : CommandLineInvocation.ErrorFindings;
        }
        finally
        {
            if (write is null) Directory.Delete(work, recursive: true);
        }
    }

    public static IEnumerable<string> Describe(FuzzReport report)
    {
        var crashes = report.Failures.Count(f => f.Kind == FuzzProblem.Crash);
        var hangs = report.Failures.Count(f => f.Kind == FuzzProblem.Hang);
        yield return string.Create(CultureInfo.InvariantCulture,
            $"模糊测试：输入 {report.Inputs} 个，子进程 {report.Children} 个，用时 {report.Elapsed.TotalSeconds:F0} 秒；崩溃 {crashes}，挂起 {hangs}，问题合计 {report.Failures.Count}");
        yield return string.Create(CultureInfo.InvariantCulture,
            $"子进程峰值内存 {report.PeakResidentBytes / (1024.0 * 1024):F0} MB（{report.PeakInput}）；单个输入最长 {report.LongestSingle.TotalSeconds:F1} 秒（{report.LongestSingleInput}）");
        foreach (var failure in report.Failures) yield return $"  {failure.Inputs}：{failure.Problem}";
    }

    private static IReadOnlyList<string> DefaultSeedFolders()
    {
        if (SampleCounty.Locate() is not { } samples) return [];
        var root = Path.GetDirectoryName(samples.RegistryPath)!;
        return [Path.Combine(root, "reports"), Path.Combine(samples.PortalFolder, "files")];
    }

    private static readonly string[] SeedExtensions = [".pdf", ".docx", ".html", ".htm", ".txt"];

    /// <summary>The report files of the folders (not their subfolders), in a stable order so a seed means the same corpus.</summary>
    private static IReadOnlyList<(string Name, byte[] Bytes)> SeedFiles(IEnumerable<string> folders) =>
        [.. folders.SelectMany(f => Directory.GetFiles(f))
            .Where(f => SeedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => new FileInfo(f).Length <= 8 * 1024 * 1024)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];
}
