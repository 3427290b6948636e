using Monitor.Crawling.Discovery;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Documents;
using Monitor.Domain.Capture;
using Monitor.Domain.Registry;

namespace Monitor.Application.Monitoring;

/// <summary>The body of <c>POST /api/reports/recheck</c>: a unit and year, or the URL of a published report.</summary>
public sealed record RecheckRequest(string? Unit = null, int? Year = null, string? Url = null);

public enum RecheckStatus
{
    Checked,
    /// <summary>Neither a unit and year nor a URL, or a malformed URL.</summary>
    Invalid,
    /// <summary>The URL is not on a registry host: the monitor fetches only the county's own sites.</summary>
    Refused,
    /// <summary>Unknown unit, or no report of that unit and year after re-crawling.</summary>
    NotFound,
    /// <summary>The site did not answer.</summary>
    Unreachable,
}

/// <summary>The re-check's answer. <see cref="Reason"/> is Chinese, for the official who asked.</summary>
public sealed record RecheckResult(RecheckStatus Status, string? Reason, RegisteredUnit? Unit = null, int? Year = null, CaptureValidationOutcome? Report = null);

/// <summary>
/// RecheckReport: re-fetch a unit's report (by unit and year, re-crawling its listing) or one report URL on a
/// registry host, store what was fetched as a capture, re-validate it with full context, and return the findings.
/// </summary>
public sealed class ReportRecheck(MonitorServices services, UnitCrawl crawl, CaptureValidation validation)
{
    public async Task<RecheckResult> RunAsync(RecheckRequest request, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(request.Url)) return await ByUrlAsync(request.Url.Trim(), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(request.Unit) || request.Year is not { } year)
            return new RecheckResult(RecheckStatus.Invalid, "请提供单位编号和年度（unit、year），或报告网址（url）。");
        var unit = services.Registry.FindUnit(request.Unit.Trim());
        if (unit is null) return new RecheckResult(RecheckStatus.NotFound, $"登记表中没有编号为“{request.Unit}”的单位。");

        var crawled = await crawl.CrawlAsync(unit.Id, cancellationToken).ConfigureAwait(false);
        foreach (var fresh in crawled.Stored)
            await validation.ValidateAsync(fresh.Name, cancellationToken).ConfigureAwait(false);
        var entry = await services.Stores.Filings.GetAsync(services.Registry.CountyId, unit.Id, year, cancellationToken).ConfigureAwait(false);
        if (entry?.LatestCaptureName is not { } name)
        {
            return crawled.Crawl.Outcome == Crawling.UnitOutcome.Unreachable
                ? new RecheckResult(RecheckStatus.Unreachable, $"{unit.Name}的公开栏目无法访问：{crawled.Crawl.UnreachableReason}", unit, year)
                : new RecheckResult(RecheckStatus.NotFound, $"未找到{unit.Name}的{year}年度报告。", unit, year);
        }
        var outcome = await validation.ValidateAsync(name, cancellationToken).ConfigureAwait(false);
        return new RecheckResult(RecheckStatus.Checked, null, unit, year, outcome);
    }

    private async Task<RecheckResult> ByUrlAsync(string text, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return new RecheckResult(RecheckStatus.Invalid, $"“{text}”不是有效的网址。");
        var unit = UnitFor(url);
        if (unit is null)
            return new RecheckResult(RecheckStatus.Refused, $"{url.Host}不是登记表中任何单位的网站，监测系统只抓取本县登记的网站。");

        var fetched = await services.Fetcher.FetchAsync(url, null, cancellationToken).ConfigureAwait(false);
        if (fetched.Outcome != FetchOutcome.Fetched)
            return new RecheckResult(fetched.Outcome == FetchOutcome.Refused ? RecheckStatus.Refused : RecheckStatus.Unreachable,
                $"无法获取{url}：{fetched.Reason}", unit);

        var isHtml = fetched.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? fetched.FinalUrl.AbsolutePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
        var page = isHtml ? DetailPageReader.Read(TextDecoding.Decode(fetched.Body, fetched.Charset), fetched.FinalUrl) : null;
        var read = services.Checker.Read(fetched.Body, Path.GetFileName(fetched.FinalUrl.AbsolutePath), fetched.ContentType, fetched.Charset);
        var year = ReportTitle.RecogniseYear(page?.Title) ?? read.Report.TitleYear;
        var extension = Path.GetExtension(fetched.FinalUrl.AbsolutePath) is { Length: > 1 } ext ? ext : isHtml ? ".html" : ".bin";
        var saved = await services.Stores.Captures.SaveAsync(new CaptureDraft(services.Registry.CountyId, unit.Id, year, fetched.FinalUrl.ToString(),
            page?.Title ?? read.Report.Title, fetched.ContentType, extension, fetched.FetchedAt, page?.PublishedOn,
            new HttpValidators(fetched.Validators.ETag, fetched.Validators.LastModified)), fetched.Body, cancellationToken).ConfigureAwait(false);
        var outcome = await validation.ValidateAsync(saved.Record.Name, cancellationToken).ConfigureAwait(false);
        return new RecheckResult(RecheckStatus.Checked, null, unit, year, outcome);
    }

    /// <summary>The unit whose listing URL shares the host and the longest path prefix with the URL.</summary>
    private RegisteredUnit? UnitFor(Uri url) => services.Registry.Units
        .SelectMany(u => u.ListingUrls.Select(l => (Unit: u, Listing: l)))
        .Where(p => string.Equals(p.Listing.Host, url.Host, StringComparison.OrdinalIgnoreCase))
        .OrderByDescending(p => CommonPrefix(p.Listing.AbsolutePath, url.AbsolutePath))
        .Select(p => p.Unit)
        .FirstOrDefault();

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }
}
