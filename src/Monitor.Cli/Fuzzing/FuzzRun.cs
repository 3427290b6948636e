using System.Text.Json;

namespace Monitor.Cli.Fuzzing;

/// <summary>What a fuzz run checks each child against: the bounds issue 13 promises for any single input.</summary>
public sealed record FuzzBudget
{
    public TimeSpan MaxSeconds { get; init; } = TimeSpan.FromSeconds(30);
    public long MaxResidentBytes { get; init; } = 500L * 1024 * 1024;
    /// <summary>When a child is called hung and killed (a batch holds many inputs, so this is well above MaxSeconds).</summary>
    public TimeSpan HangAfter { get; init; } = TimeSpan.FromMinutes(3);
}

/// <summary>Which promise an input broke.</summary>
public enum FuzzProblem
{
    /// <summary>The process died, printed a .NET stack trace or left its JSON unfinished.</summary>
    Crash,
    Hang,
    OverTime,
    OverMemory,
    /// <summary>A file of the folder is missing from the result.</summary>
    Lost,
    /// <summary>An error message with no Chinese in it.</summary>
    NotChinese,
}

/// <summary>One input or batch that broke a promise, how, and the Chinese line that says so.</summary>
public sealed record FuzzFailure(string Inputs, FuzzProblem Kind, string Problem);

/// <summary>The measurements of a fuzz run.</summary>
public sealed record FuzzReport(int Inputs, int Children, IReadOnlyList<FuzzFailure> Failures, long PeakResidentBytes, string PeakInput,
    TimeSpan LongestSingle, string LongestSingleInput, TimeSpan Elapsed);

/// <summary>
/// Writes inputs to a folder and runs `monitor check --json` on them in child processes: each bomb alone (so its
/// time and memory are its own), the mutations in batches (a folder run must report every file, as a report or as
/// an error). A batch that fails is re-run file by file to name the culprit. Nothing here trusts the child's
/// output: a crash is an exit code outside 0–2, output that is not the JSON document, or a .NET stack trace.
/// </summary>
public sealed class FuzzRun(string folder, FuzzBudget budget, string? monitorDirectory = null)
{
    public event Action<string>? Progress;

    public async Task<FuzzReport> RunAsync(IEnumerable<HostileInput> singles, IEnumerable<HostileInput> batched, int batchSize, CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var failures = new List<FuzzFailure>();
        var children = 0;
        var inputs = 0;
        long peak = 0;
        var peakInput = "";
        var longest = TimeSpan.Zero;
        var longestInput = "";

        void Measure(ChildOutcome outcome, string what)
        {
            if (outcome.PeakResidentBytes > peak) (peak, peakInput) = (outcome.PeakResidentBytes, what);
        }

        foreach (var input in singles)
        {
            var path = Write(Path.Combine(folder, "single"), input);
            inputs++;
            children++;
            var outcome = await ChildCheck.RunAsync(["check", path, "--json"], budget.HangAfter, ct, monitorDirectory).ConfigureAwait(false);
            Measure(outcome, input.Name);
            if (outcome.Elapsed > longest) (longest, longestInput) = (outcome.Elapsed, input.Name);
            failures.AddRange(Judge(outcome, [path], single: true));
            Progress?.Invoke($"{input.Name}：退出码 {outcome.ExitCode?.ToString() ?? "无（已终止）"}，{outcome.Elapsed.TotalSeconds:F1} 秒，峰值内存 {outcome.PeakResidentBytes / (1024 * 1024)} MB");
            File.Delete(path);
        }

        var batch = new List<string>();
        var batchNumber = 0;
        async Task FlushAsync()
        {
            if (batch.Count == 0) return;
            batchNumber++;
            var batchFolder = Path.GetDirectoryName(batch[0])!;
            children++;
            var outcome = await ChildCheck.RunAsync(["check", batchFolder, "--json"], budget.HangAfter, ct, monitorDirectory).ConfigureAwait(false);
            Measure(outcome, $"第 {batchNumber} 批");
            var problems = Judge(outcome, batch, single: false);
            if (problems.Count > 0)
            {
                // Name the input(s) responsible rather than the whole batch.
                foreach (var path in batch)
                {
                    children++;
                    var alone = await ChildCheck.RunAsync(["check", path, "--json"], budget.HangAfter, ct, monitorDirectory).ConfigureAwait(false);
                    Measure(alone, Path.GetFileName(path));
                    failures.AddRange(Judge(alone, [path], single: true));
                }
                if (!failures.Any(f => batch.Any(p => f.Inputs == Path.GetFileName(p))))
                    failures.AddRange(problems);
            }
            Progress?.Invoke($"第 {batchNumber} 批（{batch.Count} 个）：退出码 {outcome.ExitCode?.ToString() ?? "无（已终止）"}，{outcome.Elapsed.TotalSeconds:F1} 秒，峰值内存 {outcome.PeakResidentBytes / (1024 * 1024)} MB" +
                              (problems.Count > 0 ? $"，问题 {problems.Count} 个" : ""));
            Directory.Delete(batchFolder, recursive: true);
            batch.Clear();
        }

        foreach (var input in batched)
        {
            inputs++;
            batch.Add(Write(Path.Combine(folder, $"batch-{batchNumber + 1:D4}"), input));
            if (batch.Count >= batchSize) await FlushAsync().ConfigureAwait(false);
        }
        await FlushAsync().ConfigureAwait(false);
        return new FuzzReport(inputs, children, failures, peak, peakInput, longest, longestInput, clock.Elapsed);
    }

    private static string Write(string directory, HostileInput input)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, input.Name);
        File.WriteAllBytes(path, input.Bytes);
        return path;
    }

    /// <summary>Every promise a child broke for the given input files.</summary>
    public List<FuzzFailure> Judge(ChildOutcome outcome, IReadOnlyList<string> paths, bool single)
    {
        var what = single ? Path.GetFileName(paths[0]) : $"{Path.GetFileName(Path.GetDirectoryName(paths[0]))}（{paths.Count} 个文件）";
        var failures = new List<FuzzFailure>();
        if (outcome.TimedOut)
        {
            failures.Add(new(what, FuzzProblem.Hang, $"挂起：{budget.HangAfter.TotalSeconds:F0} 秒未结束，已终止"));
            return failures;
        }
        if (outcome.ExitCode is not (0 or 1 or 2))
            failures.Add(new(what, FuzzProblem.Crash, $"崩溃：退出码 {outcome.ExitCode}"));
        if (outcome.Stderr.Contains("Unhandled exception", StringComparison.Ordinal) || outcome.Stderr.Contains("\n   at ", StringComparison.Ordinal))
            failures.Add(new(what, FuzzProblem.Crash, "输出了未处理的异常堆栈"));
        if (single && outcome.Elapsed > budget.MaxSeconds)
            failures.Add(new(what, FuzzProblem.OverTime, $"超时：{outcome.Elapsed.TotalSeconds:F1} 秒（上限 {budget.MaxSeconds.TotalSeconds:F0} 秒）"));
        if (outcome.PeakResidentBytes > budget.MaxResidentBytes)
            failures.Add(new(what, FuzzProblem.OverMemory, $"内存超限：峰值 {outcome.PeakResidentBytes / (1024 * 1024)} MB（上限 {budget.MaxResidentBytes / (1024 * 1024)} MB）"));
        if (outcome.ExitCode is 0 or 1 or 2) failures.AddRange(Accounted(outcome.Stdout, paths, what));
        return failures;
    }

    /// <summary>Each file must appear once in the JSON, as a report or as an error whose message is Chinese.</summary>
    private static IEnumerable<FuzzFailure> Accounted(string json, IReadOnlyList<string> paths, string what)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json).RootElement.Clone();
        }
        catch (JsonException)
        {
            return [new(what, FuzzProblem.Crash, "输出不是完整的 JSON 文档（进程中途退出？）")];
        }
        var seen = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var report in root.GetProperty("reports").EnumerateArray())
            seen[Path.GetFileName(report.GetProperty("source").GetString() ?? "")] = null;
        foreach (var error in root.GetProperty("errors").EnumerateArray())
            seen[Path.GetFileName(error.GetProperty("source").GetString() ?? "")] = error.GetProperty("message").GetString();
        var failures = new List<FuzzFailure>();
        foreach (var name in paths.Select(Path.GetFileName))
        {
            if (!seen.TryGetValue(name!, out var message))
                failures.Add(new(name!, FuzzProblem.Lost, "结果中没有这个文件（漏报）"));
            else if (message is not null && !message.Any(c => c is >= '\u4e00' and <= '\u9fff'))
                failures.Add(new(name!, FuzzProblem.NotChinese, $"错误信息不是中文：{message}"));
        }
        return failures;
    }
}
