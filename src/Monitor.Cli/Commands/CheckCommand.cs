using System.CommandLine;
using System.Globalization;
using Monitor.Cli.Checking;
using Monitor.Cli.Monitoring;
using Monitor.Cli.Output;
using Monitor.Crawling;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Checking;
using Monitor.Domain.Rules;
using Spectre.Console;

namespace Monitor.Cli.Commands;

/// <summary>
/// `check PATH|URL... [--json] [--unit-type T] [--published DATE] [--deadline DATE] [--first-seen DATE] [--previous FILE]
/// [--registry FILE]`: checks report files, folders (a folder is one county-year) and published report pages fetched by
/// URL (files first, then URLs), and prints findings in Chinese or as JSON.
/// Exit code 0: no error-level finding; 1: some; 2: unusable arguments or input, or an unreachable URL.
/// </summary>
public static class CheckCommand
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy-M-d", "yyyy/M/d"];

    /// <param name="console">Streams and clock.</param>
    /// <param name="configureHttp">Lets tests point URL fetching at the portal simulator.</param>
    public static Command Create(CliConsole console, Action<CrawlerHttpOptions>? configureHttp = null)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "报告文件、文件夹（一个文件夹视为同一县同一年度的全部报告）或年报页面网址（http:// 或 https://）",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "输出一个 JSON 文档（格式见 README 与 docs/check-output.schema.json）" };
        var unitType = new Option<string?>("--unit-type") { Description = "单位类型：township、street-office、department、county-government（默认由发布机关名称推断）" };
        var published = new Option<string?>("--published") { Description = "发布日期（yyyy-MM-dd），用于 F02/F03 与报告年度" };
        var deadline = new Option<string?>("--deadline") { Description = "发布截止日期（yyyy-MM-dd，含宽限期），用于 F02" };
        var firstSeen = new Option<string?>("--first-seen") { Description = "首次发现时间（yyyy-MM-dd 或 yyyy-MM-ddTHH:mm，北京时间），页面无发布日期时代替发布日期（F03）" };
        var previous = new Option<string?>("--previous") { Description = "同一单位上一年度的报告文件，用于 T08、T09、Q02、Q04" };
        var explain = new Option<string?>("--explain") { Description = "说明某条规则（如 N04）的判断依据：列出程序读出的报告各部分、统计表与正文数字，以及该规则的结论" };
        var registry = new Option<string?>("--registry") { Description = "县域登记表 JSON 文件：按网址所在网站确定单位、单位类型与公开期限（F02）" };

        var command = new Command("check", "检查年度报告文件、文件夹或年报网页，列出规则发现的问题") { paths, json, unitType, published, deadline, firstSeen, previous, registry, explain };
        command.SetAction((parseResult, ct) => RunAsync(
            console,
            new Inputs(
                parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(json),
                parseResult.GetValue(unitType),
                parseResult.GetValue(published),
                parseResult.GetValue(deadline),
                parseResult.GetValue(firstSeen),
                parseResult.GetValue(previous),
                parseResult.GetValue(registry),
                parseResult.GetValue(explain)),
            configureHttp,
            ct));
        return command;
    }

    private sealed record Inputs(string[] Paths, bool Json, string? UnitType, string? Published, string? Deadline, string? FirstSeen, string? Previous, string? Registry, string? Explain);

    private static async Task<int> RunAsync(CliConsole console, Inputs inputs, Action<CrawlerHttpOptions>? configureHttp, CancellationToken ct)
    {
        var urls = inputs.Paths.Where(UrlCheck.IsUrl).Select(u => new Uri(u)).ToList();
        var paths = inputs.Paths.Where(p => !UrlCheck.IsUrl(p)).ToList();
        var problems = new List<string>();
        UnitType? unitType = null;
        if (inputs.UnitType is not null)
        {
            unitType = UnitTypes.TryParse(inputs.UnitType);
            if (unitType is null) problems.Add($"未知的单位类型：{inputs.UnitType}（可选 township、street-office、department、county-government）");
        }
        var publishedOn = ParseDate("--published", inputs.Published, problems);
        var deadline = ParseDate("--deadline", inputs.Deadline, problems);
        var firstSeen = ParseChinaTime("--first-seen", inputs.FirstSeen, problems);
        var explained = ParseRule(inputs.Explain, inputs.Json, problems);
        var (groups, pathProblems) = CheckInputs.Resolve(paths);
        problems.AddRange(pathProblems);

        var checker = new ReportChecker(console.Time, new ReportValidator());
        var previousReport = inputs.Previous is null ? null : ReadPrevious(checker, inputs.Previous, problems);
        var county = inputs.Registry is null ? null : await MonitorSetup.LoadRegistryAsync(console, inputs.Registry, ct).ConfigureAwait(false);
        if (inputs.Registry is not null && county is null) problems.Add($"--registry 指定的登记表无法使用：{inputs.Registry}");
        if (problems.Count > 0)
        {
            foreach (var problem in problems) console.Error.WriteLine($"无法检查：{problem}");
            return CommandLineInvocation.UnusableInput;
        }

        var options = new CheckOptions { UnitType = unitType, PublishedOn = publishedOn, Deadline = deadline, FirstSeenAt = firstSeen, PreviousYear = previousReport };
        var run = new CheckRun(checker, options);
        var fileCount = groups.Sum(g => g.Files.Count);
        var result = console.ErrorIsTerminal && fileCount > 10
            ? RunWithProgress(run, groups, fileCount, console)
            : run.Execute(groups);
        if (urls.Count > 0)
        {
            var fromUrls = await CheckUrlsAsync(console, checker, options, county, urls, configureHttp, ct).ConfigureAwait(false);
            result = new CheckRunResult([.. result.Reports, .. fromUrls.Reports], [.. result.Errors, .. fromUrls.Errors]);
        }

        if (explained is not null)
        {
            foreach (var report in result.Reports) console.Out.WriteLine(ReportExplanation.Of(report, explained));
        }
        else if (inputs.Json) CheckJsonWriter.Write(console.Out, result, console.Time.GetUtcNow());
        else CheckTextWriter.Write(console.Out, result);
        foreach (var error in result.Errors) console.Error.WriteLine($"无法检查：{error.Source}：{error.Message}");

        if (result.Errors.Count > 0) return CommandLineInvocation.UnusableInput;
        return result.Reports.Any(r => r.Validation.HasErrors) ? CommandLineInvocation.ErrorFindings : CommandLineInvocation.Clean;
    }

    private static async Task<CheckRunResult> CheckUrlsAsync(CliConsole console, ReportChecker checker, CheckOptions options, Domain.Registry.CountyRegistry? county,
        IReadOnlyList<Uri> urls, Action<CrawlerHttpOptions>? configureHttp, CancellationToken ct)
    {
        // Only the hosts named on the command line (and the registry's) may be requested, redirects included.
        var http = new CrawlerHttpOptions
        {
            AllowedHosts = AllowedHostsOptions.ForListings([.. county?.Units.SelectMany(u => u.ListingUrls) ?? [], .. urls]),
        };
        configureHttp?.Invoke(http);
        using var fetcher = CrawlerHttp.CreateFetcher(http, console.Time);
        return await new UrlCheck(checker, new ReportUrlFetcher(fetcher), options, county).ExecuteAsync(urls, ct).ConfigureAwait(false);
    }

    private static CheckRunResult RunWithProgress(CheckRun run, IReadOnlyList<CheckGroup> groups, int fileCount, CliConsole console)
    {
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.ProgressError) });
        CheckRunResult? result = null;
        stderr.Progress().Start(context =>
        {
            var task = context.AddTask("检查报告", maxValue: fileCount);
            result = run.Execute(groups, _ => task.Increment(1));
        });
        return result!;
    }

    private static RuleDescriptor? ParseRule(string? id, bool json, List<string> problems)
    {
        if (id is null) return null;
        if (json) problems.Add("--explain 输出供人阅读的说明，不能与 --json 同用");
        var rule = RuleCatalog.Find(id.Trim().ToUpperInvariant());
        if (rule is null) problems.Add($"--explain 指定的规则编号不存在：{id}（规则编号见 docs/rules.md，例如 N04、T03、M02）");
        return rule;
    }

    private static DateOnly? ParseDate(string option, string? text, List<string> problems)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add($"{option} 的日期无法识别：{text}（应为 yyyy-MM-dd，例如 2025-01-31）");
        return null;
    }

    /// <summary>A date or date and time as read on a Chinese page: China Standard Time, whatever the machine's zone.</summary>
    private static DateTimeOffset? ParseChinaTime(string option, string? text, List<string> problems)
    {
        if (text is null) return null;
        if (DateTime.TryParseExact(text.Trim(), [.. DateFormats, "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, TimeSpan.FromHours(8));
        }
        problems.Add($"{option} 的时间无法识别：{text}（应为 yyyy-MM-dd 或 yyyy-MM-ddTHH:mm，例如 2026-02-03T09:30）");
        return null;
    }

    private static Domain.Reports.AnnualReport? ReadPrevious(ReportChecker checker, string path, List<string> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add($"--previous 指定的上一年度报告不存在：{path}");
            return null;
        }
        try
        {
            var read = checker.Read(File.ReadAllBytes(path), path);
            if (read.Document.IsReadable) return read.Report;
            problems.Add($"--previous 指定的上一年度报告无法读取：{path}（{read.Document.UnreadableReason}）");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"--previous 指定的上一年度报告无法读取：{path}（{e.Message}）");
        }
        return null;
    }
}
