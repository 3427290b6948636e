using Microsoft.Extensions.Time.Testing;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Capture;
using Monitor.Domain.Checking;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;
using Monitor.Domain.Registry;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Filing;
using Monitor.PortalSimulator;
using Monitor.Storage;
using Monitor.Storage.Local;
using Monitor.Testing;

namespace Monitor.Crawling.Tests.SampleCounty;

/// <summary>
/// The sample county (samples/portal, samples/registry.json) seen through the real crawler and checker, without
/// the application layer: served on 127.0.0.1, crawled three times into a local store (the third pass after the
/// portal switches to its second version, so 柳树镇's replaced report is captured as a new version), each unit's
/// 2026 report checked with <see cref="ReportChecker"/> and its filing history with <see cref="FilingValidator"/>.
/// The resulting (unit, status, error and warning rules) table must be the one samples/portal/README.md states.
/// </summary>
public sealed class SampleCountyTests : IAsyncLifetime
{
    private const int ReportYear = 2026;
    private const int FailureThreshold = 3;

    private static readonly string PortalFolder = RepoRoot.Combine("samples", "portal");

    private readonly FakePortal portal = new();
    private readonly string data = Directory.CreateTempSubdirectory("sample-county-").FullName;
    private readonly FakeTimeProvider clock = new();
    private readonly ReportChecker checker = new();
    private CountyRegistry registry = null!;
    private StoreSet stores = null!;

    public async Task InitializeAsync()
    {
        portal.LoadFolder(PortalFolder);
        var loaded = RegistryLoader.Load(File.ReadAllText(RepoRoot.Combine("samples", "registry.json")));
        Assert.Empty(loaded.Problems);
        registry = loaded.Registry!;
        stores = LocalStorage.Create(new LocalStorageOptions { DataFolder = data });
        await portal.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await portal.DisposeAsync();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Crawled_and_checked_sample_county_shows_each_unit_as_its_README_says()
    {
        // Two passes before the replacement, one after: F04 needs the earlier version captured, and F05 needs
        // FailureThreshold consecutive failed passes of the unreachable column.
        await PassAsync(new DateOnly(2027, 2, 7), portalVersion: 0);
        await PassAsync(new DateOnly(2027, 2, 8), portalVersion: 0);
        await PassAsync(new DateOnly(2027, 2, 10), portalVersion: 1);

        var standings = await StandingsAsync();

        Assert.Equal(
            SampleCountyExpectations.All.Select(e => (e.Id, e.Status, string.Join(",", e.Rules.Order(StringComparer.Ordinal)))).Order(),
            standings.Select(s => (s.Id, s.Status, s.Rules)).Order());
        Assert.Equal(["dongcheng", "hongqiao", "xiguan"], standings.Where(s => s.ComparedWithLastYear).Select(s => s.Id).Order());
    }

    [Fact]
    public async Task Last_years_reports_listed_in_the_columns_are_captured_and_clean()
    {
        await PassAsync(new DateOnly(2027, 2, 10), portalVersion: 0);

        var lastYear = new List<(string, string)>();
        foreach (var unit in registry.Units)
        {
            if (await UnitReportAsync(unit, ReportYear - 1) is not { } report) continue;
            var options = new CheckOptions
            {
                UnitType = unit.Type,
                RegisteredUnitName = unit.Name,
                ExpectedYear = ReportYear - 1,
                PublishedOn = report.Record.PublishedOn,
                FirstSeenAt = report.Record.FirstSeenAt,
                Deadline = registry.Deadlines.DeadlineFor(unit.Type, ReportYear - 1),
            };
            var findings = checker.Validate(report.Read, options).Validation.Findings;
            lastYear.Add((unit.Id, string.Join(",", findings.Where(f => f.Severity >= Severity.Warning).Select(f => $"{f.RuleId} {f.Message}"))));
        }

        Assert.Equal([("beishan", ""), ("dongcheng", ""), ("hongqiao", ""), ("xiguan", "")], lastYear.Order());
    }

    [Fact]
    public async Task Every_unit_of_the_registry_has_a_README_row_and_the_portal_serves_every_listed_host()
    {
        Assert.Equal(
            registry.Units.Select(u => (u.Id, u.Name)).Order(),
            SampleCountyExpectations.All.Select(e => (e.Id, e.Name)).Order());
        Assert.True(registry.Units.Count >= 10, $"{registry.Units.Count} units");
        var unreachable = SampleCountyExpectations.All.Where(e => e.Rules.Contains("F05")).Select(e => e.Id).ToHashSet();
        using var fetcher = Fetcher();
        foreach (var unit in registry.Units)
        {
            var result = await fetcher.FetchAsync(unit.ListingUrls[0], null);
            Assert.True((result.Outcome == FetchOutcome.Fetched) != unreachable.Contains(unit.Id), $"{unit.Id}: {result.Outcome} {result.Reason}");
        }
    }

    private PageFetcher Fetcher() => CrawlerHttp.CreateFetcher(new CrawlerHttpOptions
    {
        AllowedHosts = { Hosts = new HashSet<string>(registry.Hosts, StringComparer.OrdinalIgnoreCase) },
        Politeness = { DelayPerHost = TimeSpan.FromMilliseconds(5) },
        Resilience = { RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetries = 1, AttemptTimeout = TimeSpan.FromMilliseconds(1500) },
        ConnectCallback = portal.ConnectCallback,
    });

    private async Task PassAsync(DateOnly chinaDate, int portalVersion)
    {
        using var fetcher = Fetcher();
        clock.SetUtcNow(new DateTimeOffset(chinaDate.ToDateTime(new TimeOnly(9, 0)), ChinaTime.Offset));
        portal.Version = portalVersion;
        var stored = new StoredUnitCrawl(registry.CountyId, stores.Captures, stores.CrawlState, clock);
        var crawler = new UnitCrawler(fetcher, new UnitCrawlerOptions(), clock);
        await Task.WhenAll(registry.Units.Select(async unit =>
            await stored.SaveAsync(await crawler.CrawlAsync(unit, await stored.LoadAsync(unit)))));
    }

    /// <summary>
    /// Per registry unit: its id, Chinese filing status, comma-joined error and warning rule IDs, and whether the
    /// previous-year rules (T08, Q02) ran, i.e. last year's report was found in the column.
    /// </summary>
    private async Task<IReadOnlyList<(string Id, string Status, string Rules, bool ComparedWithLastYear)>> StandingsAsync()
    {
        var today = ChinaTime.Today(clock);
        var reports = new Dictionary<(string Unit, int Year), (CaptureRecord Record, ReadReport Read)>();
        foreach (var unit in registry.Units)
        {
            foreach (var year in new[] { ReportYear - 1, ReportYear })
            {
                if (await UnitReportAsync(unit, year) is { } report) reports[(unit.Id, year)] = report;
            }
        }

        var standings = new List<(string, string, string, bool)>();
        foreach (var unit in registry.Units)
        {
            var findings = new List<Finding>();
            var compared = false;
            if (reports.TryGetValue((unit.Id, ReportYear), out var report))
            {
                var options = new CheckOptions
                {
                    UnitType = unit.Type,
                    RegisteredUnitName = unit.Name,
                    ExpectedYear = ReportYear,
                    PublishedOn = report.Record.PublishedOn,
                    FirstSeenAt = report.Record.FirstSeenAt,
                    Deadline = registry.Deadlines.DeadlineFor(unit.Type, ReportYear),
                    PreviousYear = reports.TryGetValue((unit.Id, ReportYear - 1), out var previous) ? previous.Read.Report : null,
                };
                IReadOnlyList<AnnualReport> peers = [.. reports.Where(r => r.Key.Year == ReportYear && r.Key.Unit != unit.Id).Select(r => r.Value.Read.Report)];
                var validation = checker.Validate(report.Read, options, peers).Validation;
                findings.AddRange(validation.Findings);
                compared = !validation.Skipped.Any(s => s.RuleId is "T08" or "Q02");
            }

            var history = FilingHistory.Of(unit, ReportYear, registry.Deadlines, today,
                await stores.Captures.ListAsync(registry.CountyId, unit.Id), await ListingStatesAsync(unit), FailureThreshold);
            findings.AddRange(new FilingValidator().Validate(history.Context));

            var rules = findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal);
            standings.Add((unit.Id, history.Status.Chinese(), string.Join(",", rules), compared));
        }
        return standings;
    }

    /// <summary>
    /// The unit-year's report among the latest versions of its captured documents: the one holding most of a
    /// national-format report, so a detail page that only introduces its DOCX gives way to the DOCX.
    /// </summary>
    private async Task<(CaptureRecord Record, ReadReport Read)?> UnitReportAsync(RegisteredUnit unit, int year)
    {
        var latest = (await stores.Captures.ListAsync(registry.CountyId, unit.Id, year))
            .GroupBy(c => c.SourceUrl, StringComparer.Ordinal)
            .Select(g => g.MaxBy(c => c.Version)!);
        var read = new List<(CaptureRecord Record, ReadReport Read)>();
        foreach (var record in latest)
        {
            await using var stream = await stores.Captures.OpenReadAsync(record.Name);
            Assert.NotNull(stream);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            read.Add((record, checker.Read(buffer.ToArray(), Path.GetFileName(new Uri(record.SourceUrl).AbsolutePath), record.ContentType)));
        }
        var ranked = read.Where(r => r.Read.Document.IsReadable).OrderByDescending(r => (r.Read.Report.Tables.Count, r.Read.Report.Parts.Count)).ToList();
        return ranked.Count == 0 ? null : ranked[0];
    }

    private async Task<IReadOnlyList<CrawlState>> ListingStatesAsync(RegisteredUnit unit)
    {
        var states = new List<CrawlState>();
        foreach (var url in unit.ListingUrls)
        {
            if (await stores.CrawlState.GetAsync(url.ToString()) is { } state) states.Add(state);
        }
        return states;
    }
}
