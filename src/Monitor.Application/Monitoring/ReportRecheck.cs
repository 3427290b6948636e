using Monitor.Crawling;
using Monitor.Crawling.Fetching;
using Monitor.Domain;
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
/// registry origin (scheme, host and port), store what was fetched as a capture, re-validate it with full context, and
/// return the findings. A URL is fetched once: its capture is marked as re-checked so the crawl never revisits it, and
/// query parameters that look like keys are dropped from the URL kept with it.
/// </summary>
public sealed class ReportRecheck(MonitorServices services, UnitCrawl crawl, CaptureValidation validation)
{
    private readonly AllowedHostsOptions allowed = AllowedHostsOptions.ForListings(services.Registry.Units.SelectMany(u => u.ListingUrls));

    public async Task<RecheckResult> RunAsync(RecheckRequest request, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(request.Url)) return await ByUrlAsync(request.Url.Trim(), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(request.Unit) || request.Year is not { } year)
            return new RecheckResult(RecheckStatus.Invalid, "请提供单位编号和年度（unit、year），或报告网址（url）。");
        var latestYear = services.Time.GetUtcNow().Year;
        if (year < FirstReportYear || year > latestYear)
            return new RecheckResult(RecheckStatus.Invalid, $"年度应为{FirstReportYear}至{latestYear}之间的整数（收到{year}）。");
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

    /// <summary>The first annual reports were on 2008, when the regulations took effect.</summary>
    private const int FirstReportYear = 2008;

    private async Task<RecheckResult> ByUrlAsync(string text, CancellationToken cancellationToken)
    {
        if (UrlText.IsTooLong(text)) return new RecheckResult(RecheckStatus.Invalid, UrlText.TooLongReason(text.Length) + "。");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return new RecheckResult(RecheckStatus.Invalid, $"“{UrlText.Shorten(text)}”不是有效的网址。");
        var unit = services.Registry.UnitAt(url);
        if (unit is null || !allowed.Allows(url))
            return new RecheckResult(RecheckStatus.Refused, unit is null
                ? $"{url.Host}不是登记表中任何单位的网站，监测系统只抓取本县登记的网站。"
                : $"{url.Scheme}://{url.Authority}不是登记表中登记的网站地址（协议、主机和端口须与登记的栏目网址一致），监测系统不予抓取。");

        // Fetched as the crawler would: the page, and when it is only a link list, its attachments too.
        var fetcher = new ReportUrlFetcher(services.Fetcher);
        var page = await fetcher.FetchPageAsync(url, cancellationToken).ConfigureAwait(false);
        if (page.Page is not { } document)
            return new RecheckResult(page.Refused ? RecheckStatus.Refused : RecheckStatus.Unreachable, $"无法获取{UrlText.Shorten(url.ToString())}：{page.Failure}", unit);
        var documents = new List<FetchedDocument> { document };
        var pageRead = services.Checker.Read(document.Body, Path.GetFileName(document.Url.AbsolutePath), document.ContentType, document.Charset);
        if (page.Attachments.Count > 0 && pageRead.Report.Tables.Count == 0)
            documents.AddRange((await fetcher.FetchAttachmentsAsync(page, cancellationToken).ConfigureAwait(false)).Documents);

        CaptureValidationOutcome? report = null;
        foreach (var fetched in documents)
        {
            var read = ReferenceEquals(fetched, document) ? pageRead
                : services.Checker.Read(fetched.Body, Path.GetFileName(fetched.Url.AbsolutePath), fetched.ContentType, fetched.Charset);
            var year = read.Report.ReportYear ?? pageRead.Report.ReportYear;
            var extension = Path.GetExtension(fetched.Url.AbsolutePath) is { Length: > 1 } ext ? ext
                : fetched.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true ? ".html" : ".bin";
            var saved = await services.Stores.Captures.SaveAsync(new CaptureDraft(services.Registry.CountyId, unit.Id, year, UrlText.WithoutSecrets(fetched.Url),
                read.Report.Title ?? pageRead.Report.Title, fetched.ContentType, extension, fetched.FetchedAt, page.PublishedOn) { FromRecheck = true }, fetched.Body,
                cancellationToken).ConfigureAwait(false);
            var outcome = await validation.ValidateAsync(saved.Record.Name, cancellationToken).ConfigureAwait(false);
            // The answer is about the document the monitor now holds as the unit's report, else the page itself.
            if (report is null || outcome.IsUnitReport) report = outcome;
        }
        return new RecheckResult(RecheckStatus.Checked, null, unit, report!.Result?.ReportYear, report);
    }
}
