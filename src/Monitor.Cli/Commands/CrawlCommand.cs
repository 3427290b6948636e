using System.CommandLine;
using Monitor.Application.Hosting;
using Monitor.Cli.Monitoring;
using Monitor.Cli.Output;
using Monitor.Crawling;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Capture;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;
using Monitor.Domain.Registry;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Filing;
using Monitor.Domain.Summary;
using Monitor.Storage;
using Monitor.Storage.Azure;
using Monitor.Storage.Local;
using Spectre.Console;

namespace Monitor.Cli.Commands;

/// <summary>
/// `crawl --registry FILE [--data DIR | --storage CONNSTR] [--today DATE]`: one crawl pass over every unit of a county,
/// with Chinese progress and a per-unit summary (new, changed, unchanged, unreachable) followed by each unit's filing
/// standing for the current reporting year from the stored history: F01 (missing after the deadline), F04 (changed
/// after capture), F05 (listing unreachable N passes in a row). Exit 0 when every unit was reached, 1 when some were
/// unreachable, 2 for unusable arguments or registry, 3 when the store failed (the remaining units are skipped).
/// </summary>
public static class CrawlCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider time)
    {
        var registry = new Option<string>("--registry") { Description = "县域登记表 JSON 文件（格式见 docs/registry.md）", Required = true };
        var data = new Option<string?>("--data") { Description = "本地数据文件夹（抓取状态与留存副本），默认 .data" };
        var storage = new Option<string?>("--storage") { Description = "Azure 存储连接字符串（替代 --data）" };
        var today = new Option<string?>("--today") { Description = "以北京时间该日（yyyy-MM-dd）为“今天”运行，决定报告年度与期限判断（默认当前时间）" };
        var command = new Command("crawl", "抓取登记表中各单位的年报栏目，留存新发现或已变更的年报，并按留存历史检查公开期限") { registry, data, storage, today };
        command.SetAction(async (parse, ct) =>
        {
            var (valid, day) = await MonitorSetup.ParseTodayAsync(new CliConsole(output, error, time, false), parse.GetValue(today)).ConfigureAwait(false);
            if (!valid) return CommandLineInvocation.UnusableInput;
            var clock = day is { } d ? ShiftedTimeProvider.StartingAt(d, time) : time;
            return await RunAsync(output, error, clock, parse.GetValue(registry)!, parse.GetValue(data), parse.GetValue(storage), null, ct).ConfigureAwait(false);
        });
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
        if (await MonitorSetup.LoadRegistryAsync(new CliConsole(output, error, time, false), registryPath, ct).ConfigureAwait(false) is not { } county) return 2;

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
        var crawler = new UnitCrawler(fetcher, new UnitCrawlerOptions(), time) { SharedListings = new ListingFetchMemo(county.SharedListings.Keys, time) };

        await output.WriteLineAsync($"开始抓取 {county.CountyName}：{county.Units.Count} 个单位").ConfigureAwait(false);
        var done = 0;
        var results = new UnitCrawlResult?[county.Units.Count];
        StoreFailure? failure = null;
        await Parallel.ForEachAsync(Enumerable.Range(0, county.Units.Count),
            new ParallelOptions { MaxDegreeOfParallelism = new CountyCrawlerOptions().MaxParallelUnits, CancellationToken = ct },
            async (i, token) =>
            {
                // Once the store is lost no unit starts: a crawl that cannot be kept would only be fetched again.
                if (Volatile.Read(ref failure) is not null) return;
                var unit = county.Units[i];
                void Fail(Exception e)
                {
                    var reason = StorageFault.Describe(e);
                    Interlocked.CompareExchange(ref failure, new StoreFailure(unit, reason), null);
                    lock (error) error.WriteLine($"[{Interlocked.Increment(ref done)}/{county.Units.Count}] {unit.Name}：未完成（存储故障：{reason}）");
                }
                UnitCrawlState state;
                try
                {
                    state = await stored.LoadAsync(unit, token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    Fail(e);
                    return;
                }
                var result = await crawler.CrawlAsync(unit, state, token).ConfigureAwait(false);
                try
                {
                    await stored.SaveAsync(result, token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    Fail(e);
                    return;
                }
                results[i] = result;
                var n = Interlocked.Increment(ref done);
                lock (error) error.WriteLine($"[{n}/{county.Units.Count}] {unit.Name}：{Chinese(results[i]!.Outcome)}");
            }).ConfigureAwait(false);

        if (failure is not null)
        {
            WriteStorageFailure(output, error, county, results, stores.Name, failure);
            return StorageUnavailable;
        }
        var completed = results.Select(r => r!).ToList();
        var year = ReportingYear.Current(time);
        var standings = new List<UnitStanding>(county.Units.Count);
        try
        {
            foreach (var unit in county.Units)
                standings.Add(await StandingAsync(county, unit, year, stores, time, ct).ConfigureAwait(false));
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var unit = county.Units[standings.Count];
            WriteStorageFailure(output, error, county, results, stores.Name, new StoreFailure(unit, StorageFault.Describe(e)));
            return StorageUnavailable;
        }
        WriteSummary(output, county, completed, standings);
        WriteFilingFindings(output, year, ChinaTime.Today(time), standings);
        return completed.Any(r => r.Outcome == UnitOutcome.Unreachable) ? 1 : 0;
    }

    /// <summary>Exit code of a crawl whose store failed: distinct from 1 (units unreachable), which is the sites' fault.</summary>
    public const int StorageUnavailable = 3;

    private sealed record StoreFailure(RegisteredUnit Unit, string Reason);

    private static void WriteStorageFailure(TextWriter output, TextWriter error, CountyRegistry county, IReadOnlyList<UnitCrawlResult?> results,
        string store, StoreFailure failure)
    {
        var kept = county.Units.Zip(results).Where(p => p.Second is not null).Select(p => p.First.Name).ToList();
        var skipped = county.Units.Zip(results).Where(p => p.Second is null).Select(p => p.First.Name).ToList();
        error.WriteLine($"存储故障：{store}：{failure.Reason}（处理“{failure.Unit.Name}”时）。");
        error.WriteLine($"其余 {skipped.Count} 个单位本次未抓取或未保存（原因：存储不可用）：{string.Join("、", skipped)}。");
        error.WriteLine("已保存的留存完整无损；存储恢复后重新运行 crawl 即可补齐，期限检查也将在那时进行。");
        var console = PlainConsole.For(output, 160);
        var table = new Table().AddColumns("单位", "结果", "新留存", "说明");
        foreach (var (unit, result) in county.Units.Zip(results))
        {
            table.AddRow(Markup.Escape(unit.Name), result is null ? "未完成" : Chinese(result.Outcome), result?.Captures.Count.ToString() ?? "",
                result is null ? Markup.Escape($"存储不可用：{failure.Reason}") : "已保存");
        }
        console.Write(table);
        console.WriteLine($"合计：已抓取并保存 {kept.Count}，因存储故障未完成 {skipped.Count}；本次不做期限检查");
    }

    /// <summary>A unit's filing history for the reporting year and the filing rules' findings on it.</summary>
    private sealed record UnitStanding(RegisteredUnit Unit, FilingHistory History, IReadOnlyList<Finding> Findings);

    private static readonly FilingValidator FilingRules = new();

    private static async Task<UnitStanding> StandingAsync(CountyRegistry county, RegisteredUnit unit, int year, StoreSet stores, TimeProvider time, CancellationToken ct)
    {
        var captures = await stores.Captures.ListAsync(county.CountyId, unit.Id, year, ct).ConfigureAwait(false);
        var states = new List<CrawlState>();
        foreach (var url in unit.ListingUrls)
        {
            if (await stores.CrawlState.GetAsync(url.ToString(), ct).ConfigureAwait(false) is { } state) states.Add(state);
        }
        var history = FilingHistory.Of(unit, year, county.Deadlines, ChinaTime.Today(time), captures, states);
        return new UnitStanding(unit, history, FilingRules.Validate(history.Context));
    }

    private static void WriteSummary(TextWriter output, CountyRegistry county, IReadOnlyList<UnitCrawlResult> results, IReadOnlyList<UnitStanding> standings)
    {
        var console = PlainConsole.For(output, 160);
        var table = new Table().AddColumns("单位", "结果", "新留存", "年度", "年报状态", "期限与历史", "说明");
        foreach (var (r, standing) in results.Zip(standings))
        {
            var unit = standing.Unit;
            var years = string.Join("、", r.Captures.Select(c => c.Year).Distinct().Order());
            var notUnderstood = unit.ListingUrls.Select(u => r.State.Listings.GetValueOrDefault(u.ToString())?.NotUnderstood).FirstOrDefault(n => n is not null);
            var note = r.UnreachableReason ?? (notUnderstood is not null ? $"栏目无法识别：{notUnderstood}" : null)
                       ?? string.Join("；", r.Problems.Select(p => $"{p.Url.AbsolutePath}：{p.Reason}"));
            var rules = standing.Findings.Count == 0 ? "无问题" : string.Join("、", standing.Findings.Select(f => f.RuleId).Distinct());
            table.AddRow(Markup.Escape(unit.Name), Chinese(r.Outcome), r.Captures.Count.ToString(), years, standing.History.Status.Chinese(), rules, Markup.Escape(note));
        }
        console.Write(table);
        var counts = results.GroupBy(r => r.Outcome).ToDictionary(g => g.Key, g => g.Count());
        console.WriteLine($"合计：新发现 {counts.GetValueOrDefault(UnitOutcome.New)}，已变更 {counts.GetValueOrDefault(UnitOutcome.Changed)}，" +
                          $"无变化 {counts.GetValueOrDefault(UnitOutcome.Unchanged)}，无法访问 {counts.GetValueOrDefault(UnitOutcome.Unreachable)}");
    }

    private static void WriteFilingFindings(TextWriter output, int year, DateOnly today, IReadOnlyList<UnitStanding> standings)
    {
        var found = standings.SelectMany(s => s.Findings.Select(f => (s.Unit, Finding: f))).ToList();
        output.WriteLine($"{year}年度报告期限与历史检查（截至{today:yyyy年M月d日}）：{(found.Count == 0 ? "未发现问题" : $"{found.Count} 项问题")}");
        foreach (var (unit, finding) in found)
        {
            var title = RuleCatalog.Find(finding.RuleId)?.Title;
            output.WriteLine($"  {unit.Name} {finding.RuleId} {title}：{finding.Message}");
        }
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
