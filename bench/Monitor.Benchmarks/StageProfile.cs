using System.Diagnostics;
using Monitor.Domain.Checking;
using Monitor.Domain.Documents;
using Monitor.Domain.Parsing;
using Monitor.Domain.Rules;

namespace Monitor.Benchmarks;

/// <summary>
/// A quick per-stage breakdown (extract, parse, each rule) without BenchmarkDotNet's rigour, to find where the
/// time of one report goes before writing a targeted benchmark: `-- --stages [iterations]`.
/// </summary>
public static class StageProfile
{
    public static void Run(int iterations)
    {
        var inputs = Path.Combine(AppContext.BaseDirectory, "Inputs");
        foreach (var name in new[] { "baishui-town-2025.txt", "baishui-town-2025.html", "baishui-town-2025-10pages.pdf" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(inputs, name));
            var runs = name.EndsWith(".pdf", StringComparison.Ordinal) ? Math.Max(1, iterations / 50) : iterations;
            Profile(name, bytes, runs);
        }
    }

    private static void Profile(string name, byte[] bytes, int iterations)
    {
        var rules = RuleCatalog.ReportRules.ToList();
        var ruleTicks = new long[rules.Count];
        long extractTicks = 0, parseTicks = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        // Tiered JIT needs many calls before code is optimised; the first half of the runs only warms up.
        for (var i = 0; i < 2 * iterations; i++)
        {
            var warmup = i < iterations;
            var start = Stopwatch.GetTimestamp();
            var document = DocumentReader.Read(bytes, name);
            var extracted = Stopwatch.GetTimestamp();
            var report = ReportParser.Parse(document);
            var parsed = Stopwatch.GetTimestamp();
            var context = new ReportContext(report);
            if (!warmup)
            {
                extractTicks += extracted - start;
                parseTicks += parsed - extracted;
            }
            for (var r = 0; r < rules.Count; r++)
            {
                var ruleStart = Stopwatch.GetTimestamp();
                rules[r].Evaluate(context);
                if (!warmup) ruleTicks[r] += Stopwatch.GetTimestamp() - ruleStart;
            }
            if (i == iterations - 1) allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        }
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / iterations;
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency / iterations;
        var total = extractTicks + parseTicks + ruleTicks.Sum();
        Console.WriteLine($"{name}: {Ms(total):F3} ms/report ({1000 / Ms(total):F0}/s), {allocated / 1024.0:F0} KB/report");
        Console.WriteLine($"  extract {Ms(extractTicks):F3} ms, parse {Ms(parseTicks):F3} ms, rules {Ms(ruleTicks.Sum()):F3} ms");
        foreach (var (rule, ticks) in rules.Zip(ruleTicks).OrderByDescending(p => p.Second).Take(12))
            Console.WriteLine($"    {rule.Descriptor.Id} {Ms(ticks):F3} ms");
    }
}
