using Monitor.Application.Hosting;
using Monitor.Cli.Commands;
using Monitor.Domain.Capture;
using Monitor.Domain.Deadlines;
using Monitor.PortalSimulator;
using Monitor.Storage.Local;
using Monitor.Testing;

namespace Monitor.Cli.Tests;

/// <summary>
/// The second family county, tests/fixtures/families, written page by page from the public evidence in its
/// EVIDENCE.md (gkmlpt's create_time/date fields and 100-item pages, jpaas's count attribute and hashed detail URLs,
/// Hanweb's param_ variable, URL-encoded Content-Disposition names): the whole crawl as on 2026-02-10.
/// </summary>
public sealed class EvidenceFamiliesCrawlTests : IAsyncLifetime, IDisposable
{
    private static readonly string Fixture = RepoRoot.Combine("tests", "fixtures", "families");

    private readonly FakePortal portal = new();
    private readonly string data = Directory.CreateTempSubdirectory("evidence-families-").FullName;

    public async Task InitializeAsync()
    {
        foreach (var family in Directory.GetDirectories(Fixture).Where(d => File.Exists(Path.Combine(d, "portal.json")))) portal.LoadFolder(family);
        await portal.StartAsync();
    }

    public async Task DisposeAsync() => await portal.DisposeAsync();

    public void Dispose() => Directory.Delete(data, recursive: true);

    private async Task<string> Crawl()
    {
        var output = new StringWriter();
        var time = ShiftedTimeProvider.StartingAt(new DateTimeOffset(2026, 2, 10, 10, 0, 0, ChinaTime.Offset));
        await CrawlCommand.RunAsync(output, new StringWriter(), time, Path.Combine(Fixture, "registry.json"), data, null, http =>
        {
            http.ConnectCallback = portal.ConnectCallback;
            http.Politeness.DelayPerHost = TimeSpan.Zero;
            http.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            http.Resilience.MaxRetries = 1;
        }, CancellationToken.None);
        return output.ToString();
    }

    private async Task<IReadOnlyList<CaptureRecord>> Captures(string unit) =>
        await LocalStorage.Create(new LocalStorageOptions { DataFolder = data }).Captures.ListAsync("luming", unit);

    [Theory]
    [InlineData("chengguan", "2026-01-22", "2025-01-20")]
    [InlineData("jyj", "2026-01-22", "2025-01-17")]
    [InlineData("xinhua", "2026-01-25", "2025-01-21")]
    [InlineData("sjj", "2026-01-23", "2025-01-10")]
    [InlineData("taiping", "2026-01-25", "2025-01-24")]
    [InlineData("mzj", "2026-01-26", "2025-01-22")]
    [InlineData("shuangxi", "2026-01-26", "2025-01-27")]
    public async Task Each_unit_has_its_2025_and_2024_reports_with_the_publication_date_and_no_F01(string unit, string published2025, string published2024)
    {
        var output = await Crawl();

        var byYear = (await Captures(unit)).GroupBy(c => c.ReportYear).ToDictionary(g => g.Key ?? 0, g => g.Select(c => c.PublishedOn).Distinct().ToList());
        Assert.Equal([2024, 2025], byYear.Keys.Order());
        Assert.Equal([DateOnly.Parse(published2025)], byYear[2025]);
        Assert.Equal([DateOnly.Parse(published2024)], byYear[2024]);
        Assert.DoesNotContain(" F01 ", output);
    }

    [Fact]
    public async Task Servlet_docx_with_an_encoded_name_and_the_sibling_host_pdf_are_stored_and_only_the_units_own_reports()
    {
        await Crawl();

        Assert.Contains(await Captures("mzj"), c => c.ReportYear == 2025 && c.FileExtension == "docx");
        Assert.Contains(await Captures("shuangxi"), c => c.ReportYear == 2025 && c.FileExtension == "pdf" && c.SourceUrl.StartsWith("http://file.luming.gov.cn/", StringComparison.Ordinal));
        var titles = new List<string>();
        foreach (var unit in new[] { "chengguan", "jyj", "xinhua", "sjj", "taiping", "mzj", "shuangxi" }) titles.AddRange((await Captures(unit)).Select(c => c.PageTitle ?? ""));
        Assert.DoesNotContain(titles, t => t.Contains("法治政府") || t.Contains("绩效") || t.Contains("要点") || t.Contains("通知"));
        Assert.Equal(0, portal.Hits("www.example.com", "/mirror/report.pdf"));
    }
}
