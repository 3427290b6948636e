using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Monitor.Application.Configuration;
using Monitor.Application.Hosting;
using Monitor.Domain.Capture;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Registry;
using Monitor.Domain.Rules;

namespace Monitor.Cli.Commands;

/// <summary>
/// `bench-validate [--reports N] [--input FILE]`: the latency of ValidateCapture's work for a seed-sized report —
/// read the stored capture, extract, parse, validate with full context, append the result, update the filing index,
/// decide alerts — over N distinct captures in a local data folder. Prints p50/p95/max. Developer output, in English.
/// </summary>
public static class BenchValidateCommand
{
    public static Command Create(TextWriter output)
    {
        var reports = new Option<int>("--reports") { Description = "distinct captures validated", DefaultValueFactory = _ => 60 };
        var input = new Option<string?>("--input") { Description = "report page to store as the capture (default: the benchmark's seed-sized HTML page)" };
        var command = new Command("bench-validate", "ValidateCapture 延迟基准测试（本地存储）") { reports, input };
        command.SetAction((parse, ct) => RunAsync(output, parse.GetValue(reports), parse.GetValue(input), ct));
        return command;
    }

    public static async Task<int> RunAsync(TextWriter output, int reportCount, string? input, CancellationToken ct)
    {
        input ??= LocateDefaultInput();
        if (reportCount < 5 || input is null || !File.Exists(input))
        {
            await output.WriteLineAsync("usage: bench-validate [--reports N (>= 5)] [--input FILE]; default input bench/Monitor.Benchmarks/Inputs/baishui-town-2025.html").ConfigureAwait(false);
            return CommandLineInvocation.UnusableInput;
        }
        var page = await File.ReadAllTextAsync(input, ct).ConfigureAwait(false);
        var folder = Directory.CreateTempSubdirectory("monitor-bench-validate-").FullName;
        try
        {
            var units = Enumerable.Range(0, reportCount).Select(i => new RegisteredUnit($"u{i:D4}", $"基准县第{i}镇人民政府", UnitType.Township,
                [new Uri($"http://u{i:D4}.bench.test/ndbg/index.html")], null)).ToList();
            var registry = new CountyRegistry("bench", "基准县", CountyRegistry.DefaultTimeZone, ["office@bench.test"], null, DeadlinePolicy.Default, units);
            var time = ShiftedTimeProvider.StartingAt(new DateTimeOffset(2026, 2, 10, 10, 0, 0, ChinaTime.Offset));
            using var host = MonitorHost.Create(MonitorSettings.Read(key => key == AppSettingNames.Key(AppSettingNames.DataFolder) ? folder : null), registry, time);
            var names = new List<string>();
            foreach (var unit in units)
            {
                // A comment makes each capture distinct bytes, so nothing is served from the parse cache.
                var bytes = Encoding.UTF8.GetBytes(page + $"<!-- {unit.Id} -->");
                var saved = await host.Services.Stores.Captures.SaveAsync(new CaptureDraft("bench", unit.Id, 2025, $"http://{unit.Id}.bench.test/ndbg/t1.html",
                    "2025年政府信息公开工作年度报告", "text/html; charset=utf-8", "html", time.GetUtcNow(), new DateOnly(2026, 1, 20)), bytes, ct).ConfigureAwait(false);
                names.Add(saved.Record.Name);
            }

            // The first validations pay for JIT compilation; a warm function app does not.
            const int warmUp = 3;
            var timings = new List<double>();
            var cpu = TimeSpan.Zero;
            for (var i = 0; i < names.Count; i++)
            {
                if (i == warmUp) cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                await host.Validation.ValidateAsync(names[i], ct).ConfigureAwait(false);
                if (i >= warmUp) timings.Add(clock.Elapsed.TotalMilliseconds);
            }
            // CPU time per validation is less sensitive than wall time to other work on a shared machine.
            var cpuPerValidation = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / timings.Count;
            timings.Sort();
            double At(double q) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(q * timings.Count) - 1)];
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"ValidateCapture (local store), {timings.Count} captures of {new FileInfo(input).Length / 1024} KB after {warmUp} warm-up: " +
                $"p50 {At(0.5):F1} ms, p95 {At(0.95):F1} ms, max {timings[^1]:F1} ms; CPU {cpuPerValidation:F1} ms per validation")).ConfigureAwait(false);
            return CommandLineInvocation.Clean;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? LocateDefaultInput()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "Monitor.Benchmarks", "Inputs", "baishui-town-2025.html");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
