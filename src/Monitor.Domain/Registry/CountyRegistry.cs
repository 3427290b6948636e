using Monitor.Domain.Deadlines;
using Monitor.Domain.Rules;

namespace Monitor.Domain.Registry;

/// <summary>A county and the units whose annual reports the monitor watches.</summary>
public sealed record CountyRegistry(
    string CountyId,
    string CountyName,
    string TimeZone,
    IReadOnlyList<string> Recipients,
    string? Sender,
    DeadlinePolicy Deadlines,
    IReadOnlyList<RegisteredUnit> Units)
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    /// <summary>Every host named by a listing URL; the crawler follows links and redirects only to these.</summary>
    public IReadOnlySet<string> Hosts { get; } = Units
        .SelectMany(u => u.ListingUrls)
        .Select(u => u.Host.ToLowerInvariant())
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Units that share a listing URL with another unit (a county-wide column), by URL.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RegisteredUnit>> SharedListings { get; } = Units
        .SelectMany(u => u.ListingUrls.Select(l => (Url: l.ToString(), Unit: u)))
        .GroupBy(p => p.Url, StringComparer.Ordinal)
        .Where(g => g.Select(p => p.Unit.Id).Distinct().Count() > 1)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<RegisteredUnit>)[.. g.Select(p => p.Unit).Distinct()], StringComparer.Ordinal);

    public RegisteredUnit? FindUnit(string id) => Units.FirstOrDefault(u => string.Equals(u.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The unit a published page belongs to: among the units with a listing on the page's host, the one whose listing
    /// shares the most leading path segments with it, since a county portal often hosts every township's column.
    /// Null when no listing is on that host.
    /// </summary>
    public RegisteredUnit? UnitAt(Uri page) => Units
        .SelectMany(u => u.ListingUrls.Select(listing => (Unit: u, Listing: listing)))
        .Where(p => string.Equals(p.Listing.Host, page.Host, StringComparison.OrdinalIgnoreCase))
        .OrderByDescending(p => SharedSegments(p.Listing, page))
        .Select(p => p.Unit)
        .FirstOrDefault();

    private static int SharedSegments(Uri a, Uri b)
    {
        var x = a.Segments;
        var y = b.Segments;
        var n = 0;
        while (n < x.Length && n < y.Length && x[n].EndsWith('/') && string.Equals(x[n], y[n], StringComparison.OrdinalIgnoreCase)) n++;
        return n;
    }
}

/// <summary>One watched body: a township, street office, department or the county government.</summary>
public sealed record RegisteredUnit(
    string Id,
    string Name,
    UnitType Type,
    IReadOnlyList<Uri> ListingUrls,
    string? TitlePattern)
{
    /// <summary>
    /// The listing reader to use for this unit's pages (e.g. "hanweb-jpage"), when recognising the page by its content
    /// is ambiguous; null lets the crawler choose.
    /// </summary>
    public string? ListingReader { get; init; }
}
