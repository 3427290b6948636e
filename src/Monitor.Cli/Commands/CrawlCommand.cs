using System.CommandLine;
using Monitor.Crawling;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Registry;
using Monitor.Storage;
using Monitor.Storage.Azure;
using Monitor.Storage.Local;
using Spectre.Console;

namespace Monitor.Cli.Commands;

/// <summary>
/// `crawl --registry FILE [--data DIR | --storage CONNSTR]`: one crawl pass over every unit of a county, with
/// Chinese progress and a per-unit summary (new, changed, unchanged, unreachable). Exit 0 when every unit was
/// reached, 1 when some were unreachable, 2 for unusable arguments or registry.
/// </summary>
public static class CrawlCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider time)
    {
        var registry = new Option<string>("--registry") { Description = "县域登记表 JSON 文件（格式见 docs/registry.md）", Required = true };
        var data = new Option<string?>("--data") { Description = "本地数据文件夹（抓取状态与留存副本），默认 ./data" };
        var storage = new Option<string?>("--storage") { Description = "Azure 存储连接字符串（替代 --data）" };
        var command = new Command("crawl", "抓取登记表中各单位的年报栏目，留存新发现或已变更的年报") { registry, data, storage };
        command.SetAction((parse, ct) => RunAsync(output, error, time, parse.GetValue(registry)!, parse.GetValue(data), parse.GetValue(storage), null, ct));
        return command;
    }

    // configureHttp lets tests and the sweep command point the crawler at the portal simulator.
    public static async Task<int> RunAsync(TextWriter output, TextWriter error, TimeProvider time, string registryPath, string? dataDir, string? storage,
        Action<CrawlerHttpOptions>? configureHttp, CancellationToken ct)
    {
        if (storage is not null && dataDir is not null)
        {
            await error.WriteLineAsync("--data 与 --storage 只能选择一个").ConfigureAwait(false);
            return 2;
        }
        if (!File.Exists(registryPath))
        {
            await error.WriteLineAsync($"找不到登记表文件：{registryPath}").ConfigureAwait(false);
            return 2;
        }
        var loaded = RegistryLoader.Load(await File.ReadAllTextAsync(registryPath, ct).ConfigureAwait(false));
        foreach (var problem in loaded.Problems) await error.WriteLineAsync($"登记表问题 {registryPath} {problem}").ConfigureAwait(false);
        if (loaded.Registry is not { } county) return 2;

        StoreSet stores;
        try
        {
            stores = storage is not null
                ? AzureStorage.Create(new AzureStorageOptions { ConnectionString = storage })
                : LocalStorage.Create(new LocalStorageOptions { DataFolder = dataDir ?? new LocalStorageOptions().DataFolder });
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            await error.WriteLineAsync($"--storage 连接字符串无效：{e.Message}").ConfigureAwait(false);
            return 2;
        }
        var stored = new StoredUnitCrawl(county.CountyId, stores.Captures, stores.CrawlState, time);
        var http = CountyCrawler.HttpOptionsFor(county);
        configureHttp?.Invoke(http);
        using var fetcher = CrawlerHttp.CreateFetcher(http, time);
        var crawler = new UnitCrawler(fetcher, new UnitCrawlerOptions(), time);

        await output.WriteLineAsync($"开始抓取 {county.CountyName}：{county.Units.Count} 个单位").ConfigureAwait(false);
        var done = 0;
        var results = new UnitCrawlResult[county.Units.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, county.Units.Count),
            new ParallelOptions { MaxDegreeOfParallelism = new CountyCrawlerOptions().MaxParallelUnits, CancellationToken = ct },
            async (i, token) =>
            {
                var unit = county.Units[i];
                results[i] = await crawler.CrawlAsync(unit, await stored.LoadAsync(unit, token).ConfigureAwait(false), token).ConfigureAwait(false);
                await stored.SaveAsync(results[i], token).ConfigureAwait(false);
                var n = Interlocked.Increment(ref done);
                lock (error) error.WriteLine($"[{n}/{county.Units.Count}] {unit.Name}：{Chinese(results[i].Outcome)}");
            }).ConfigureAwait(false);

        WriteSummary(output, county, results);
        return results.Any(r => r.Outcome == UnitOutcome.Unreachable) ? 1 : 0;
    }

    private static void WriteSummary(TextWriter output, CountyRegistry county, IReadOnlyList<UnitCrawlResult> results)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        var table = new Table().AddColumns("单位", "结果", "新留存", "年度", "说明");
        foreach (var r in results)
        {
            var unit = county.FindUnit(r.UnitId)!;
            var years = string.Join("、", r.Captures.Select(c => c.Year).Distinct().Order());
            var note = r.UnreachableReason ?? string.Join("；", r.Problems.Select(p => $"{p.Url.AbsolutePath}：{p.Reason}"));
            table.AddRow(Markup.Escape(unit.Name), Chinese(r.Outcome), r.Captures.Count.ToString(), years, Markup.Escape(note));
        }
        console.Write(table);
        var counts = results.GroupBy(r => r.Outcome).ToDictionary(g => g.Key, g => g.Count());
        console.WriteLine($"合计：新发现 {counts.GetValueOrDefault(UnitOutcome.New)}，已变更 {counts.GetValueOrDefault(UnitOutcome.Changed)}，" +
                          $"无变化 {counts.GetValueOrDefault(UnitOutcome.Unchanged)}，无法访问 {counts.GetValueOrDefault(UnitOutcome.Unreachable)}");
    }

    private static string Chinese(UnitOutcome outcome) => outcome switch
    {
        UnitOutcome.New => "新发现",
        UnitOutcome.Changed => "已变更",
        UnitOutcome.Unchanged => "无变化",
        UnitOutcome.Unreachable => "无法访问",
        _ => outcome.ToString(),
    };
}
