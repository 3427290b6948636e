using System.CommandLine;
using System.Text.Json;
using Monitor.Crawling;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Registry;
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
        if (storage is not null)
        {
            await error.WriteLineAsync("--storage 暂不可用：Azure 存储适配器尚未接入抓取命令，请使用 --data").ConfigureAwait(false);
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

        var folder = new CrawlDataFolder(dataDir ?? "data");
        var http = CountyCrawler.HttpOptionsFor(county);
        configureHttp?.Invoke(http);
        using var fetcher = CrawlerHttp.CreateFetcher(http, time);
        var crawler = new CountyCrawler(new UnitCrawler(fetcher, new UnitCrawlerOptions(), time), new CountyCrawlerOptions());

        await output.WriteLineAsync($"开始抓取 {county.CountyName}：{county.Units.Count} 个单位").ConfigureAwait(false);
        var done = 0;
        var progress = new SynchronousProgress(r =>
        {
            var n = Interlocked.Increment(ref done);
            error.WriteLine($"[{n}/{county.Units.Count}] {county.FindUnit(r.UnitId)!.Name}：{Chinese(r.Outcome)}");
        });
        var results = await crawler.CrawlAsync(county, folder.ReadState, progress, ct).ConfigureAwait(false);
        foreach (var r in results) folder.Save(r);

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

    /// <summary>Reports on the calling thread; <see cref="Progress{T}"/> would post to the thread pool and reorder lines.</summary>
    private sealed class SynchronousProgress(Action<UnitCrawlResult> report) : IProgress<UnitCrawlResult>
    {
        private readonly Lock gate = new();

        public void Report(UnitCrawlResult value)
        {
            lock (gate) report(value);
        }
    }
}

/// <summary>
/// Interim local layout until the storage branch's local-folder stores are wired in: crawl state per unit as JSON,
/// captures as immutable files named by content hash with a metadata JSON beside each.
/// </summary>
internal sealed class CrawlDataFolder(string root)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private string StatePath(string unitId) => Path.Combine(root, "crawl-state", unitId + ".json");

    public UnitCrawlState? ReadState(string unitId)
    {
        var path = StatePath(unitId);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<UnitCrawlState>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            // A damaged state file only costs a full re-fetch; captures are deduplicated by hash anyway.
            return null;
        }
    }

    public void Save(UnitCrawlResult result)
    {
        Directory.CreateDirectory(Path.Combine(root, "crawl-state"));
        File.WriteAllText(StatePath(result.UnitId), JsonSerializer.Serialize(result.State, Json));
        foreach (var c in result.Captures)
        {
            var folder = Path.Combine(root, "captures", c.UnitId, c.Year.ToString());
            Directory.CreateDirectory(folder);
            var extension = Path.GetExtension(c.SourceUrl.AbsolutePath) is { Length: > 1 and <= 6 } ext ? ext : ".bin";
            var file = Path.Combine(folder, c.Sha256 + extension);
            if (File.Exists(file)) continue;
            File.WriteAllBytes(file, c.Content);
            File.WriteAllText(file + ".json", JsonSerializer.Serialize(c with { Content = [] }, Json));
        }
    }
}
