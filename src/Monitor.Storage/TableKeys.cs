using System.Globalization;

namespace Monitor.Storage;

/// <summary>
/// Table keys shared by both backends: filings are partitioned by county-year (listed together), crawl
/// state by host with the URL digest as row (URLs can exceed the 1 KiB key limit).
/// </summary>
internal static class TableKeys
{
    // '.' cannot occur in a registry id, so "{county}.{year}" is unambiguous.
    public static string FilingPartition(string countyId, int reportYear) =>
        KeyEscaping.Escape($"{countyId}.{reportYear.ToString(CultureInfo.InvariantCulture)}");

    public static string FilingRow(string unitId) => KeyEscaping.Escape(unitId);

    public static string CrawlPartition(string listingUrl) =>
        KeyEscaping.Escape(Uri.TryCreate(listingUrl, UriKind.Absolute, out var uri) ? uri.IdnHost.ToLowerInvariant() : "-");

    public static string CrawlRow(string listingUrl) => KeyEscaping.Digest(listingUrl);
}
