using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using MiniExcelLibs;
using Monitor.Application.Hosting;
using Monitor.Cli.Commands;
using Monitor.Domain.Deadlines;
using Xunit.Abstractions;
using Monitor.Testing;

namespace Monitor.Cli.Tests;

/// <summary>
/// The review workspace in a real headless browser (Debian's chromium through Playwright), over the sample county after
/// a `sweep` as on 2027-02-10 and `serve` on the same data folder: sign in, the overview with its KPIs and chart,
/// filter, a unit's page, its stored original, confirm, dismiss with a reason, the audit log and the Excel export read
/// back. With MONITOR_SCREENSHOTS=folder it also writes the screenshots the README shows (docs/).
/// </summary>
public sealed class WorkspaceBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task An_official_signs_in_reviews_a_units_findings_and_exports_the_county()
    {
        Assert.True(File.Exists(Chromium), "chromium is missing: ./test.sh installs it (apt-get install chromium fonts-noto-cjk)");
        var sweep = await CliRunner.RunAsync("sweep", "--data", data.Path);
        Assert.True(sweep.ExitCode == 0, sweep.Stderr);

        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var console = new CliConsole(new StringWriter(), new StringWriter(), new FakeTimeProvider(CliRunner.Now), ErrorIsTerminal: false);
        using var stop = new CancellationTokenSource();
        var clock = ShiftedTimeProvider.StartingAt(new DateTimeOffset(2027, 2, 10, 10, 0, 0, ChinaTime.Offset));
        var serving = ServeCommand.RunAsync(console, null, data.Path, url, stop.Token, crawlOnStart: false, time: clock);
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
            var page = await context.NewPageAsync();
            await WaitForServerAsync(page, url);

            // Sign in: the workspace sends a browser without the key to its sign-in form.
            await page.GotoAsync($"{url}/workspace");
            Assert.EndsWith("/workspace/login", page.Url, StringComparison.Ordinal);
            await page.FillAsync("input[name=key]", ServeCommand.SampleKey);
            await page.FillAsync("input[name=reviewer]", "王审核");
            await page.ClickAsync("button[type=submit]");

            // The overview: every unit, the KPIs and the season chart.
            await page.WaitForSelectorAsync("#units");
            Assert.Equal(11, await page.Locator("#units tbody tr").CountAsync());
            Assert.Contains("审核人：王审核", await page.InnerTextAsync("header"), StringComparison.Ordinal);
            Assert.Contains("按时发布率", await page.InnerTextAsync("#kpi-ontime"), StringComparison.Ordinal);
            Assert.Equal(1, await page.Locator("#season-chart").CountAsync());
            await Screenshot(page, "workspace-overview.png");

            // Filter by status.
            await page.SelectOptionAsync("select[name=status]", "missing");
            await page.ClickAsync("#filter button[type=submit]");
            await page.WaitForURLAsync("**status=missing**");
            Assert.Equal(["示范县北山镇人民政府"], await page.Locator("#units tbody tr td:first-child").AllInnerTextsAsync());

            // A unit with findings: 虹桥镇 (T04, an unbalanced table three).
            await page.GotoAsync($"{url}/workspace/units/hongqiao?year=2026");
            var t04 = page.Locator("#findings tr[data-rule=T04]").First;
            Assert.Contains("待核实", await t04.InnerTextAsync(), StringComparison.Ordinal);

            // The stored original, through the app, with its content type.
            var original = await page.Locator("a.original").First.GetAttributeAsync("href");
            var response = await context.APIRequest.GetAsync(url + original);
            Assert.Equal(200, response.Status);
            Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
            Assert.Equal("sandbox", response.Headers["content-security-policy"]);

            // Confirm T04, then dismiss it with a reason: both land in the audit log with the reviewer's name.
            var fingerprint = await t04.Locator(".state").GetAttributeAsync("data-fingerprint");
            ILocator Row() => page.Locator($"#findings tr:has(.state[data-fingerprint='{fingerprint}'])");
            await Row().Locator("button[value=confirmed]").ClickAsync();
            await page.WaitForURLAsync(u => Uri.UnescapeDataString(u).Contains("“已确认”", StringComparison.Ordinal));
            Assert.Contains("已确认", await page.InnerTextAsync(".notice"), StringComparison.Ordinal);
            Assert.Contains("已确认", await Row().Locator(".state").InnerTextAsync(), StringComparison.Ordinal);
            await Row().Locator("input[name=reason]").FillAsync("表三为跨页表格，系统误读");
            await Row().Locator("button[value=dismissed]").ClickAsync();
            await page.WaitForURLAsync(u => Uri.UnescapeDataString(u).Contains("“已排除”", StringComparison.Ordinal));
            Assert.Contains("已排除", await Row().Locator(".state").InnerTextAsync(), StringComparison.Ordinal);
            var audit = await page.InnerTextAsync("#audit");
            Assert.Contains("王审核", audit, StringComparison.Ordinal);
            Assert.Contains("表三为跨页表格，系统误读", audit, StringComparison.Ordinal);
            Assert.Contains("已确认 → 已排除", audit, StringComparison.Ordinal);
            await Screenshot(page, "workspace-unit.png");

            // Export: the workbook opens with a real reader, one sheet per review state plus the units.
            await page.GotoAsync($"{url}/workspace?year=2026");
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("text=导出Excel"));
            var file = Path.Combine(data.Path, "export.xlsx");
            await download.SaveAsAsync(file);
            var sheets = MiniExcel.GetSheetNames(file);
            Assert.Equal(["单位概况", "待核实", "已确认", "已排除", "已整改"], sheets);
            Assert.Equal(11, MiniExcel.Query(file, useHeaderRow: true, sheetName: "单位概况").Count());
            var dismissed = MiniExcel.Query(file, useHeaderRow: true, sheetName: "已排除").Cast<IDictionary<string, object>>().ToList();
            var row = Assert.Single(dismissed);
            Assert.Equal(("T04", "表三为跨页表格，系统误读"), ((string)row["规则"], (string)row["审核理由"]));
            Assert.Empty(MiniExcel.Query(file, useHeaderRow: true, sheetName: "已确认"));
            AssertHeaderFrozenAndColumnsSized(file);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30)));
        }
    }

    private static async Task WaitForServerAsync(IPage page, string url)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                var reply = await page.APIRequest.GetAsync(url + "/");
                if (reply.Ok) return;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
            }
            await Task.Delay(100);
        }
    }

    private async Task Screenshot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("MONITOR_SCREENSHOTS") is { Length: > 0 } target ? target : data.Path;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
        output.WriteLine($"screenshot: {Path.Combine(folder, name)}");
    }

    /// <summary>Read with the OpenXML SDK, independently of the library that wrote it: every sheet freezes its header row and sizes its columns.</summary>
    private static void AssertHeaderFrozenAndColumnsSized(string file)
    {
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(file, false);
        var sheets = workbook.WorkbookPart!.WorksheetParts.ToList();
        Assert.Equal(5, sheets.Count);
        foreach (var sheet in sheets)
        {
            var pane = sheet.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single();
            Assert.Equal(1d, pane.VerticalSplit?.Value);
            Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, pane.State?.Value);
            Assert.Contains(sheet.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>(), c => c.Width?.Value >= 28);
        }
    }
}
