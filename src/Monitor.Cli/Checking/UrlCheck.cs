using Monitor.Crawling;
using Monitor.Domain.Checking;
using Monitor.Domain.Registry;
using Monitor.Domain.Rules;

namespace Monitor.Cli.Checking;

/// <summary>
/// `check URL`: fetches a published report as the crawler would and checks it exactly as a file. When the page is
/// only a link list (no statistical tables of its own) its attachments are fetched and the most complete one is the
/// report. The page's publication date feeds F02/F03 as in a crawl; with a registry, the unit whose listing is on the
/// same host (and shares most of its path) gives the unit type, the registered name and the deadline. An unreachable URL is a <see cref="CheckError"/>
/// naming it; it never stops the other inputs.
/// </summary>
public sealed class UrlCheck(ReportChecker checker, ReportUrlFetcher fetcher, CheckOptions options, CountyRegistry? registry)
{
    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var url) && url.Scheme is "http" or "https";

    public async Task<CheckRunResult> ExecuteAsync(IEnumerable<Uri> urls, CancellationToken cancellationToken)
    {
        var reports = new List<CheckedReport>();
        var errors = new List<CheckError>();
        foreach (var url in urls)
        {
            var (report, error) = await CheckAsync(url, cancellationToken).ConfigureAwait(false);
            if (report is not null) reports.Add(report);
            if (error is not null) errors.Add(error);
        }
        return new CheckRunResult(reports, errors);
    }

    private async Task<(CheckedReport? Report, CheckError? Error)> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchPageAsync(url, cancellationToken).ConfigureAwait(false);
        if (page.Page is not { } document) return (null, new CheckError(url.ToString(), $"无法访问该网址（{page.Failure}），未检查。"));
        var read = Read(document);
        if (page.Attachments.Count > 0 && read.Report.Tables.Count == 0)
        {
            var attachments = await fetcher.FetchAttachmentsAsync(page, cancellationToken).ConfigureAwait(false);
            if (attachments.Documents.Count == 0)
            {
                var problem = attachments.Problems[0];
                return (null, new CheckError(url.ToString(), $"页面只有附件链接，附件无法访问：{problem.Url}（{problem.Reason}），未检查。"));
            }
            var best = attachments.Documents.Select(Read).MaxBy(r => r.Completeness)!;
            if (best.Completeness > read.Completeness) read = best;
        }
        return (checker.Validate(read, OptionsFor(url, page, read)), null);
    }

    private ReadReport Read(FetchedDocument document) =>
        checker.Read(document.Body, document.Url.ToString(), document.ContentType, document.Charset);

    private CheckOptions OptionsFor(Uri url, FetchedReportPage page, ReadReport read)
    {
        var unit = registry?.UnitAt(url);
        var publishedOn = options.PublishedOn ?? page.PublishedOn;
        var withPage = options with
        {
            PublishedOn = publishedOn,
            // Undated, the crawler's stand-in is the moment the report was first seen: here, now (F03 says so).
            FirstSeenAt = options.FirstSeenAt ?? (publishedOn is null ? page.Page!.FetchedAt : null),
            UnitType = options.UnitType ?? unit?.Type,
            RegisteredUnitName = options.RegisteredUnitName ?? unit?.Name,
        };
        if (withPage.Deadline is not null || registry is null) return withPage;
        var type = new ReportContext(read.Report) { UnitType = withPage.UnitType }.EffectiveUnitType;
        var year = read.Report.ReportYear ?? (publishedOn is { } p ? p.Year - 1 : null);
        return type is { } t && year is { } y ? withPage with { Deadline = registry.Deadlines.DeadlineFor(t, y) } : withPage;
    }
}
