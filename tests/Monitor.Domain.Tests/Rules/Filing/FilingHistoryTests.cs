using Monitor.Domain.Capture;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Registry;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Filing;
using StoredCapture = Monitor.Domain.Capture.CaptureRecord;

namespace Monitor.Domain.Tests.Rules.Filing;

public class FilingHistoryTests
{
    private const string Listing = "http://xutao.qs.test/ndbg/index.html";
    private const string Page = "http://xutao.qs.test/ndbg/t1.html";
    private static readonly RegisteredUnit Xutao = new("xutao", "青水县徐桃镇人民政府", UnitType.Township, [new Uri(Listing)], null);
    private static readonly DeadlinePolicy Deadlines = DeadlinePolicy.Default with { GraceDays = 2 };
    private static readonly CrawlState Reached = new(Listing, HttpValidators.None, LastSuccessAt: DateTimeOffset.UnixEpoch);

    private static StoredCapture Capture(string sha, DateTimeOffset fetched, DateOnly? published = null, string url = Page, int year = 2026, int version = 1) =>
        new($"qs/xutao/{year}/{sha}", "qs", "xutao", year, url, "年报", "text/html", "html", sha, 10, fetched, published, fetched, HttpValidators.None, version, null);

    private static (FilingStatus, string) Run(DateOnly today, IEnumerable<StoredCapture> captures, params CrawlState[] states)
    {
        var history = FilingHistory.Of(Xutao, 2026, Deadlines, today, captures, states);
        return (history.Status, string.Join(",", new FilingValidator().Validate(history.Context).Select(f => f.RuleId)));
    }

    [Theory]
    [InlineData("2027-02-02", FilingStatus.NotYetDue)]
    [InlineData("2027-02-03", FilingStatus.Missing)]
    public void Missing_only_after_the_deadline_plus_grace_in_China_dates(string today, FilingStatus expected)
    {
        var (status, rules) = Run(DateOnly.Parse(today), [], Reached);

        Assert.Equal((expected, expected == FilingStatus.Missing), (status, rules.Contains("F01")));
    }

    [Fact]
    public void A_site_that_is_down_is_never_called_missing_and_is_reported_after_three_failures()
    {
        var down = Reached with { ConsecutiveFailures = 3, LastError = "500" };

        Assert.Equal((FilingStatus.Unreachable, "F05"), Run(new(2027, 3, 1), [], down));
    }

    [Fact]
    public void A_listing_never_crawled_is_not_called_missing_nor_unreachable_but_not_checked()
    {
        Assert.Equal((FilingStatus.NotChecked, ""), Run(new(2027, 3, 1), []));
        Assert.Equal("尚未检查", FilingStatus.NotChecked.Chinese());
    }

    [Fact]
    public void A_second_version_of_the_same_page_is_F04_and_other_years_are_ignored()
    {
        var first = new DateTimeOffset(2027, 1, 20, 1, 0, 0, TimeSpan.Zero);
        StoredCapture[] captures =
        [
            Capture("aaaa", first, new(2027, 1, 20)),
            Capture("bbbb", first.AddDays(7), new(2027, 1, 20), version: 2),
            Capture("cccc", first.AddDays(-365), year: 2025),
        ];

        Assert.Equal((FilingStatus.OnTime, "F04"), Run(new(2027, 2, 10), captures, Reached));
    }

    [Fact]
    public void Publication_date_is_the_pages_date_else_the_China_date_of_first_capture()
    {
        // 2027-02-02T17:00Z is already 2027-02-03 in China: one day past the deadline with grace.
        var undated = Capture("aaaa", new DateTimeOffset(2027, 2, 2, 17, 0, 0, TimeSpan.Zero));
        var history = FilingHistory.Of(Xutao, 2026, Deadlines, new(2027, 2, 10), [undated], [Reached]);
        var dated = FilingHistory.Of(Xutao, 2026, Deadlines, new(2027, 2, 10), [undated with { PublishedOn = new(2027, 1, 30) }], [Reached]);

        Assert.Equal(((DateOnly?)new DateOnly(2027, 2, 3), FilingStatus.Late), (history.PublishedOn, history.Status));
        Assert.Equal(((DateOnly?)new DateOnly(2027, 1, 30), FilingStatus.OnTime), (dated.PublishedOn, dated.Status));
    }
}
