using System.CommandLine;
using System.Text;
using System.Text.Json;
using Monitor.Application.Hosting;
using Monitor.Cli.Commands;
using Monitor.Domain.Deadlines;
using Monitor.PortalSimulator;
using Monitor.Testing;

namespace Monitor.Cli.Tests;

/// <summary>`check URL` against the fixture portal on 127.0.0.1, plus 青河街道's 2025 report published three ways.</summary>
public sealed class CheckUrlTests : IAsyncLifetime, IDisposable
{
    private const string Host = "http://qinghe.yl.test";
    private static readonly string Formats = RepoRoot.Combine("tests", "fixtures", "formats");
    private static readonly string HtmlFile = Path.Combine(Formats, "qinghe-street-2025.html");
    private static readonly string PdfFile = Path.Combine(Formats, "qinghe-street-2025.pdf");

    private readonly FakePortal portal = new();
    private readonly TempFolder temp = new();

    public async Task InitializeAsync()
    {
        portal.LoadFolder(RepoRoot.Combine("tests", "fixtures", "portal"));
        var html = File.ReadAllText(HtmlFile).Replace("<head>", """<head><meta name="PubDate" content="2026-02-05 09:30">""", StringComparison.Ordinal);
        Serve("/gk/ndbg/t20260205_1.html", Encoding.UTF8.GetBytes(html), "text/html");
        Serve("/gk/ndbg/t20260120_2.html", Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>青河街道2025年政府信息公开工作年度报告</title></head>
            <body><p>发布时间：2026-01-20 10:00</p><p>附件：<a href="./P020260120.pdf">青河街道2025年度报告.pdf</a></p></body></html>
            """), "text/html");
        Serve("/gk/ndbg/P020260120.pdf", File.ReadAllBytes(PdfFile), "application/pdf");
        await portal.StartAsync();
    }

    private void Serve(string path, byte[] body, string contentType) =>
        portal.Add("qinghe.yl.test", path, new PortalPage { Versions = [body], ContentType = contentType, Charset = contentType == "text/html" ? "utf-8" : null });

    public async Task DisposeAsync() => await portal.DisposeAsync();

    public void Dispose() => temp.Dispose();

    private async Task<CliResult> Check(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var time = ShiftedTimeProvider.StartingAt(new DateTimeOffset(2026, 2, 10, 10, 0, 0, ChinaTime.Offset));
        var console = new CliConsole(stdout, stderr, time, ErrorIsTerminal: false);
        var root = new RootCommand
        {
            CheckCommand.Create(console, http =>
            {
                http.ConnectCallback = portal.ConnectCallback;
                http.Politeness.DelayPerHost = TimeSpan.Zero;
                http.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
                http.Resilience.MaxRetries = 1;
                http.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(1500);
            }),
        };
        var exit = await CommandLineInvocation.InvokeAsync(root, ["check", .. args], console);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Every finding (rule, severity, message) of the one report of a JSON run.</summary>
    private static List<(string Rule, string Severity, string Message)> Findings(CliResult result) =>
        [.. result.Json.GetProperty("reports").EnumerateArray().Single().GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("message").GetString()!))];

    private static JsonElement OnlyReport(CliResult result) => result.Json.GetProperty("reports").EnumerateArray().Single();

    [Fact]
    public async Task Html_report_page_is_checked_exactly_as_the_same_file_with_the_pages_date()
    {
        var byUrl = await Check("--json", "--deadline", "2026-01-31", $"{Host}/gk/ndbg/t20260205_1.html");
        var byFile = await Check("--json", "--deadline", "2026-01-31", "--published", "2026-02-05", HtmlFile);
        Assert.Equal((1, 1), (byUrl.ExitCode, byFile.ExitCode));
        Assert.Equal(Findings(byFile), Findings(byUrl));
        Assert.Contains(Findings(byUrl), f => f.Rule == "F02" && f.Message.Contains("2026年2月5日发布", StringComparison.Ordinal));
        Assert.Equal(($"{Host}/gk/ndbg/t20260205_1.html", "html"), (OnlyReport(byUrl).GetProperty("source").GetString(), OnlyReport(byUrl).GetProperty("format").GetString()));
        Assert.Contains(portal.UserAgents, ua => ua.StartsWith("GovReportMonitor/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Link_list_page_is_followed_to_its_pdf_which_takes_the_pages_date()
    {
        var byUrl = await Check("--json", "--deadline", "2026-01-31", $"{Host}/gk/ndbg/t20260120_2.html");
        var byFile = await Check("--json", "--deadline", "2026-01-31", "--published", "2026-01-20", PdfFile);
        Assert.Equal(($"{Host}/gk/ndbg/P020260120.pdf", "pdf"), (OnlyReport(byUrl).GetProperty("source").GetString(), OnlyReport(byUrl).GetProperty("format").GetString()));
        Assert.Equal(Findings(byFile), Findings(byUrl));
        Assert.DoesNotContain(Findings(byUrl), f => f.Rule is "F02" or "F03");
        Assert.Equal(1, portal.Hits("qinghe.yl.test", "/gk/ndbg/P020260120.pdf"));
    }

    [Fact]
    public async Task Gbk_page_is_decoded_and_its_meta_date_used()
    {
        var result = await Check("--json", "--deadline", "2026-01-31", "http://xutao.qs.test/ndbg/202601/t20260120_101.html");
        Assert.Equal(2025, OnlyReport(result).GetProperty("year").GetInt32());
        Assert.DoesNotContain(Findings(result), f => f.Rule is "F02" or "F03");
        Assert.DoesNotContain(OnlyReport(result).GetProperty("skipped").EnumerateArray(), s => s.GetProperty("rule").GetString() == "F02");
    }

    [Fact]
    public async Task Pdf_only_url_has_no_stated_date_so_first_seen_stands_in_F03()
    {
        var result = await Check("--json", $"{Host}/gk/ndbg/P020260120.pdf");
        Assert.Equal("pdf", OnlyReport(result).GetProperty("format").GetString());
        Assert.Contains(Findings(result), f => f.Rule == "F03");
        Assert.DoesNotContain(OnlyReport(result).GetProperty("skipped").EnumerateArray(), s => s.GetProperty("rule").GetString() == "F03");
    }

    [Fact]
    public async Task Unreachable_urls_exit_2_naming_each_and_the_other_inputs_are_still_checked()
    {
        var result = await Check("--json", HtmlFile, $"{Host}/gk/ndbg/missing.html", "http://shuikou.qs.test/gk/ndbg/index.html");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal([HtmlFile], result.Json.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("source").GetString()));
        Assert.Contains($"无法检查：{Host}/gk/ndbg/missing.html：无法访问该网址（服务器返回HTTP 404），未检查。", result.Stderr);
        Assert.Contains("无法检查：http://shuikou.qs.test/gk/ndbg/index.html：无法访问该网址（服务器返回HTTP 500），未检查。", result.Stderr);
    }

    [Fact]
    public async Task Registry_names_the_unit_its_type_and_deadline_so_F02_runs()
    {
        var registry = temp.Write("registry.json", """
            { "countyId": "yunling", "countyName": "云岭县", "recipients": ["zwgk@yl.test"],
              "units": [ { "id": "qinghe", "name": "云岭县青河街道办事处", "type": "street-office", "listingUrls": ["http://qinghe.yl.test/gk/ndbg/index.html"] } ] }
            """);
        var result = await Check("--json", "--registry", registry, $"{Host}/gk/ndbg/t20260205_1.html");
        Assert.Equal("street-office", OnlyReport(result).GetProperty("unitType").GetString());
        Assert.Contains(Findings(result), f => f.Rule == "F02" && f.Message.Contains("超过公开期限（2026年1月31日）5天", StringComparison.Ordinal));
    }
}
