using System.Diagnostics;
using Monitor.Domain.Documents;
using Monitor.Domain.Parsing;
using Monitor.Domain.Rules;

namespace Monitor.Benchmarks;

/// <summary>
/// A quick per-stage breakdown (extract, parse, each rule) of time and allocation, without BenchmarkDotNet's
/// rigour, to find where one report's cost goes before writing a targeted benchmark: `-- --stages [iterations]`.
/// </summary>
public static class StageProfile
{
    public static void Run(int iterations)
    {
        var inputs = Path.Combine(AppContext.BaseDirectory, "Inputs");
        // The inputs share the parser and rules: all of them warm up before any is measured, so the
        // first input does not pay for code the JIT has not optimised yet.
        foreach (var print in new[] { false, true })
        {
            foreach (var name in new[] { "baishui-town-2025.txt", "baishui-town-2025.html", "baishui-town-2025-10pages.pdf" })
            {
                var bytes = File.ReadAllBytes(Path.Combine(inputs, name));
                var runs = name.EndsWith(".pdf", StringComparison.Ordinal) ? Math.Max(1, iterations / 50) : iterations;
                Profile(name, bytes, runs, print);
            }
        }
    }

    /// <summary>
    /// Elapsed time, CPU time of this thread and bytes allocated. On a machine shared with other work the
    /// elapsed time swings with the load; the thread's CPU time is what one report costs one core.
    /// </summary>
    private readonly record struct Cost(long Ticks, long CpuNanoseconds, long Bytes)
    {
        public static Cost Now() => new(Stopwatch.GetTimestamp(), ThreadCpu.Nanoseconds(), GC.GetAllocatedBytesForCurrentThread());

        public static Cost operator -(Cost a, Cost b) => new(a.Ticks - b.Ticks, a.CpuNanoseconds - b.CpuNanoseconds, a.Bytes - b.Bytes);

        public static Cost operator +(Cost a, Cost b) => new(a.Ticks + b.Ticks, a.CpuNanoseconds + b.CpuNanoseconds, a.Bytes + b.Bytes);
    }

    private static void Profile(string name, byte[] bytes, int iterations, bool print)
    {
        var rules = RuleCatalog.ReportRules.ToList();
        var ruleCosts = new Cost[rules.Count];
        Cost extract = default, parse = default;
        // Tiered JIT needs many calls before code is optimised; the first half of the runs only warms up.
        for (var i = 0; i < 2 * iterations; i++)
        {
            var measured = i >= iterations;
            var start = Cost.Now();
            var document = DocumentReader.Read(bytes, name);
            var extracted = Cost.Now();
            var report = ReportParser.Parse(document);
            var parsed = Cost.Now();
            var context = new ReportContext(report);
            if (measured)
            {
                extract += extracted - start;
                parse += parsed - extracted;
            }
            for (var r = 0; r < rules.Count; r++)
            {
                var ruleStart = Cost.Now();
                rules[r].Evaluate(context);
                if (measured) ruleCosts[r] += Cost.Now() - ruleStart;
            }
        }
        if (!print) return;
        string Show(Cost cost) =>
            $"{cost.Ticks * 1000.0 / Stopwatch.Frequency / iterations:F3} ms (cpu {cost.CpuNanoseconds / 1e6 / iterations:F3} ms) {cost.Bytes / 1024.0 / iterations:F1} KB";
        var ruleTotal = ruleCosts.Aggregate((a, b) => a + b);
        var total = extract + parse + ruleTotal;
        Console.WriteLine($"{name}: {Show(total)} per report, {iterations * (double)Stopwatch.Frequency / total.Ticks:F0} reports/s elapsed, {iterations * 1e9 / total.CpuNanoseconds:F0} reports/s of one core's CPU time");
        Console.WriteLine($"  extract {Show(extract)}; parse {Show(parse)}; rules {Show(ruleTotal)}");
        foreach (var (rule, cost) in rules.Zip(ruleCosts).OrderByDescending(p => p.Second.CpuNanoseconds).Take(12))
            Console.WriteLine($"    {rule.Descriptor.Id} {Show(cost)}");
    }
}
