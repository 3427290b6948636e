using Monitor.Crawling.Discovery;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Registry;

namespace Monitor.Crawling;

/// <summary>One page the probe fetched: which reader read it and what it found, or why it could not be read.</summary>
public sealed record ProbedPage(Uri Url, string? Reader, string? ReaderChinese, ListingRead? Read, string? Failure);

/// <summary>How the probe judges one listed entry.</summary>
public enum ProbeVerdict
{
    NotAReport,
    UnitsReport,
    OtherBodysReport,
    /// <summary>A report naming no body on a shared column: the detail page's 发布机构 decides at crawl time.</summary>
    NeedsDetailPage,
    /// <summary>A report, with no unit name given to attribute it.</summary>
    Report,
}

public sealed record ProbedItem(ListingItem Item, int? Year, ProbeVerdict Verdict);

/// <summary>What <c>probe</c> found on one listing URL: the pages in order and every entry with its verdict.</summary>
public sealed record ProbeResult(IReadOnlyList<ProbedPage> Pages, IReadOnlyList<ProbedItem> Items)
{
    public bool Reached => Pages.Any(p => p.Read is not null);

    /// <summary>Reached and understood: at least one entry listed.</summary>
    public bool Understood => Items.Count > 0;
}

/// <summary>
/// Reads one listing URL the way the crawler does (same readers, same page bound, derived pages on the same host),
/// without capturing anything, so county IT can check a registry entry before the season.
/// </summary>
public sealed class ListingProbe(PageFetcher fetcher, int maxPages = 10)
{
    public async Task<ProbeResult> ProbeAsync(Uri listing, string? unitName, string? readerOverride = null, CancellationToken cancellationToken = default)
    {
        var unit = unitName is null ? null : UnitNames.Of(unitName);
        var pages = new List<ProbedPage>();
        var items = new List<ProbedItem>();
        var seen = new HashSet<Uri>();
        var queue = new Queue<Uri>([listing]);
        while (queue.Count > 0 && pages.Count < maxPages)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url)) continue;
            var result = await fetcher.FetchAsync(url, null, cancellationToken).ConfigureAwait(false);
            if (result.Outcome != FetchOutcome.Fetched)
            {
                pages.Add(new ProbedPage(url, null, null, null, result.Reason ?? "无法访问"));
                continue;
            }
            var (reader, read) = ListingReaders.Read(url, result, readerOverride);
            pages.Add(new ProbedPage(url, reader?.Name, reader?.ChineseName, read, null));
            foreach (var item in read.Items)
            {
                var year = ReportTitle.RecogniseYear(item.Title);
                var verdict = year is null ? ProbeVerdict.NotAReport
                    : unit is null ? ProbeVerdict.Report
                    : ReportAttribution.Of(unit, item, read.ListsManyUnits, false) switch
                    {
                        Attribution.Own => ProbeVerdict.UnitsReport,
                        Attribution.Other => ProbeVerdict.OtherBodysReport,
                        _ => ProbeVerdict.NeedsDetailPage,
                    };
                items.Add(new ProbedItem(item, year, verdict));
            }
            foreach (var more in read.MorePages.Where(p => p.Host == listing.Host && p.Port == listing.Port)) queue.Enqueue(more);
        }
        return new ProbeResult(pages, items);
    }
}
