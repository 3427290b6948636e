using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Monitor.Crawling;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Registry;
using Monitor.Domain.Rules;
using Monitor.PortalSimulator;

namespace Monitor.Cli.Commands;

/// <summary>
/// `bench-crawl [--units N] [--hosts H] [--per-host C] [--latency-ms L]`: crawls a simulated county on loopback
/// and compares wall time with the politeness bound (requests × latency ÷ (hosts × per-host concurrency)).
/// Developer output, in English.
/// </summary>
public static class BenchCrawlCommand
{
    public static Command Create(TextWriter output)
    {
        var units = new Option<int>("--units") { Description = "simulated units", DefaultValueFactory = _ => 1000 };
        var hosts = new Option<int>("--hosts") { Description = "distinct portal hosts the units are spread over", DefaultValueFactory = _ => 50 };
        var perHost = new Option<int>("--per-host") { Description = "allowed concurrent requests per host", DefaultValueFactory = _ => 1 };
        var latency = new Option<int>("--latency-ms") { Description = "latency injected into every response", DefaultValueFactory = _ => 50 };
        var command = new Command("bench-crawl", "模拟县域抓取基准测试（本机回环）") { units, hosts, perHost, latency };
        command.SetAction((parse, ct) => RunAsync(output, parse.GetValue(units), parse.GetValue(hosts), parse.GetValue(perHost), parse.GetValue(latency), ct));
        return command;
    }

    public static async Task<int> RunAsync(TextWriter output, int unitCount, int hostCount, int perHost, int latencyMs, CancellationToken ct)
    {
        if (unitCount < 1 || hostCount < 1 || perHost < 1 || latencyMs < 0)
        {
            await output.WriteLineAsync("参数无效：--units、--hosts、--per-host 须为正整数，--latency-ms 不得为负").ConfigureAwait(false);
            return 2;
        }
        await using var portal = new FakePortal { Latency = TimeSpan.FromMilliseconds(latencyMs) };
        var registry = Simulate(portal, unitCount, hostCount, "bench");
        // One unit on a host of its own, crawled before the clock starts, so JIT compilation of the HTTP and Kestrel
        // paths is not billed to the crawl (as BenchmarkDotNet's warm-up does for the parse benchmarks).
        var warmUp = Simulate(portal, 1, 1, "warmup");
        await portal.StartAsync().ConfigureAwait(false);

        var http = CountyCrawler.HttpOptionsFor(new CountyRegistry(registry.CountyId, registry.CountyName, registry.TimeZone, [], null,
            registry.Deadlines, [.. registry.Units, .. warmUp.Units]), new CrawlerHttpOptions
        {
            Politeness = new PolitenessOptions { MaxConcurrencyPerHost = perHost, DelayPerHost = TimeSpan.Zero },
            ConnectCallback = portal.ConnectCallback,
        });
        using var fetcher = CrawlerHttp.CreateFetcher(http);
        var crawler = new CountyCrawler(new UnitCrawler(fetcher, new UnitCrawlerOptions(), TimeProvider.System),
            new CountyCrawlerOptions { MaxParallelUnits = hostCount * perHost * 2 });

        await crawler.CrawlAsync(warmUp, _ => null, cancellationToken: ct).ConfigureAwait(false);
        var warmUpRequests = portal.Requests;

        var gen2Before = GC.CollectionCount(2);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var results = await crawler.CrawlAsync(registry, _ => null, cancellationToken: ct).ConfigureAwait(false);
        watch.Stop();

        var requests = portal.Requests - warmUpRequests;
        var bound = TimeSpan.FromMilliseconds((double)requests * latencyMs / (hostCount * perHost));
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var captured = results.Count(r => r.Outcome == UnitOutcome.New);
        await output.WriteLineAsync($"units {unitCount} on {hostCount} hosts, {perHost} request(s) per host at once, {latencyMs} ms latency").ConfigureAwait(false);
        await output.WriteLineAsync($"units with new captures {captured}/{unitCount}, requests {requests} ({(double)requests / unitCount:F2} per unit)").ConfigureAwait(false);
        await output.WriteLineAsync($"wall time {watch.Elapsed.TotalSeconds:F2} s, politeness bound {bound.TotalSeconds:F2} s, ratio {watch.Elapsed / bound:F3}").ConfigureAwait(false);
        // On a shared machine the wall time includes waiting for a core; CPU time shows how much was ours.
        await output.WriteLineAsync($"process CPU time during the crawl {(process.TotalProcessorTime - cpuBefore).TotalSeconds:F2} s (client and simulated portal together)").ConfigureAwait(false);
        await output.WriteLineAsync($"peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MB, managed heap {GC.GetTotalMemory(false) / (1024.0 * 1024):F0} MB, allocated {GC.GetTotalAllocatedBytes() / (1024.0 * 1024):F0} MB, gen2 GCs {GC.CollectionCount(2) - gen2Before}").ConfigureAwait(false);
        return captured == unitCount ? 0 : 1;
    }

    /// <summary>Each unit: a listing page with news and one report, the report's detail page and a small PDF attachment.</summary>
    private static CountyRegistry Simulate(FakePortal portal, int unitCount, int hostCount, string domain)
    {
        var units = new List<RegisteredUnit>(unitCount);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% simulated attachment\n%%EOF\n");
        for (var i = 0; i < unitCount; i++)
        {
            var host = $"h{i % hostCount}.{domain}.test";
            var name = $"模拟县第{i}镇人民政府";
            portal.Add(host, $"/u{i}/index.html", Page($"""
                <ul><li><a href="../news/{i}.html">第{i}镇召开2026年工作部署会</a><span>2026-01-05</span></li>
                <li><a href="t{i}.html">第{i}镇2025年度政府信息公开工作年度报告</a><span>2026-01-20</span></li></ul>
                """));
            portal.Add(host, $"/u{i}/t{i}.html", Page($"""<p>发布时间：2026-01-20</p><a href="r{i}.pdf">{name}2025年度报告.pdf</a>"""));
            portal.Add(host, $"/u{i}/r{i}.pdf", new PortalPage { Versions = [pdf], ContentType = "application/pdf", Validators = true });
            units.Add(new RegisteredUnit($"u{i}", name, UnitType.Township, [new Uri($"http://{host}/u{i}/index.html")], null));
        }
        return new CountyRegistry("bench", "模拟县", CountyRegistry.DefaultTimeZone, [], null, DeadlinePolicy.Default, units);
    }

    private static PortalPage Page(string html) => new() { Versions = [Encoding.UTF8.GetBytes(html)], Charset = "utf-8", Validators = true };
}
