using BenchmarkDotNet.Attributes;
using Monitor.Domain.Checking;

namespace Monitor.Benchmarks;

/// <summary>
/// Parse + validate throughput of one report (extraction included), the path every capture takes.
/// One operation is one report, so BenchmarkDotNet's Op/s is reports per second and Allocated is bytes per report.
/// Inputs are rendered by scripts/render-samples.sh: the same town report as text and as a portal HTML page,
/// and a ten-page PDF of it.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private readonly ReportChecker checker = new();
    private readonly CheckOptions options = new();
    private byte[] text = [];
    private byte[] html = [];
    private byte[] pdf = [];

    [GlobalSetup]
    public void Load()
    {
        var inputs = Path.Combine(AppContext.BaseDirectory, "Inputs");
        text = File.ReadAllBytes(Path.Combine(inputs, "baishui-town-2025.txt"));
        html = File.ReadAllBytes(Path.Combine(inputs, "baishui-town-2025.html"));
        pdf = File.ReadAllBytes(Path.Combine(inputs, "baishui-town-2025-10pages.pdf"));
    }

    [Benchmark(Baseline = true)]
    public int TextReport() => checker.Check(text, "baishui-town-2025.txt", options).Validation.Findings.Count;

    [Benchmark]
    public int HtmlReport() => checker.Check(html, "baishui-town-2025.html", options).Validation.Findings.Count;

    [Benchmark]
    public int TenPagePdfReport() => checker.Check(pdf, "baishui-town-2025-10pages.pdf", options).Validation.Findings.Count;
}
