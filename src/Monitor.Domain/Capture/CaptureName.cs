using System.Globalization;
using System.Text.RegularExpressions;

namespace Monitor.Domain.Capture;

/// <summary>
/// The storage name of one capture: <c>{county}/{unit}/{year or "unknown"}/{fetched utc yyyyMMdd'T'HHmmss'Z'}-{sha first 12}.{ext}</c>.
/// Names of one unit-year sort by fetch time; the same bytes fetched in the same second get the same name,
/// which is what makes a second writer a no-op.
/// </summary>
public sealed partial record CaptureName(string CountyId, string UnitId, int? ReportYear, DateTimeOffset FetchedAt, string ShaPrefix, string Extension)
{
    public const string UnknownYear = "unknown";
    private const string TimeFormat = "yyyyMMdd'T'HHmmss'Z'";

    public static CaptureName For(string countyId, string unitId, int? reportYear, DateTimeOffset fetchedAt, string sha256Hex, string extension)
    {
        if (!IsValidId(countyId)) throw new ArgumentException($"County id '{countyId}' is not a valid storage id.", nameof(countyId));
        if (!IsValidId(unitId)) throw new ArgumentException($"Unit id '{unitId}' is not a valid storage id.", nameof(unitId));
        if (sha256Hex.Length < 12) throw new ArgumentException("A SHA-256 hex digest is expected.", nameof(sha256Hex));
        var utc = fetchedAt.ToUniversalTime();
        // Truncated to the second so the name and the record agree on the instant the name shows.
        var second = new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        return new CaptureName(countyId, unitId, reportYear, second, sha256Hex[..12].ToLowerInvariant(), NormalizeExtension(extension));
    }

    /// <summary>Registry ids become path segments and table keys: ASCII letters, digits, '-' and '_' only.</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>"PDF", ".pdf" → "pdf"; anything that is not a short alphanumeric extension → "bin".</summary>
    public static string NormalizeExtension(string? extension)
    {
        var ext = (extension ?? "").Trim().TrimStart('.').ToLowerInvariant();
        return ExtensionPattern().IsMatch(ext) ? ext : "bin";
    }

    /// <summary>Prefix of every capture of a county, a unit or a unit-year ("c/", "c/u/", "c/u/2025/").</summary>
    public static string Prefix(string countyId, string? unitId = null, int? reportYear = null) =>
        unitId is null ? $"{countyId}/"
        : reportYear is null ? $"{countyId}/{unitId}/"
        : $"{countyId}/{unitId}/{reportYear.Value.ToString(CultureInfo.InvariantCulture)}/";

    public static bool TryParse(string? name, out CaptureName? parsed)
    {
        parsed = null;
        var match = name is null ? null : NamePattern().Match(name);
        if (match is null || !match.Success) return false;
        int? year = match.Groups["year"].Value == UnknownYear ? null : int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var fetched = DateTimeOffset.ParseExact(match.Groups["time"].Value, TimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        parsed = new CaptureName(match.Groups["county"].Value, match.Groups["unit"].Value, year, fetched,
            match.Groups["sha"].Value, match.Groups["ext"].Value);
        return true;
    }

    public override string ToString() =>
        $"{CountyId}/{UnitId}/{ReportYear?.ToString(CultureInfo.InvariantCulture) ?? UnknownYear}/" +
        $"{FetchedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}-{ShaPrefix}.{Extension}";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9]{1,10}$")]
    private static partial Regex ExtensionPattern();

    [GeneratedRegex(@"^(?<county>[A-Za-z0-9][A-Za-z0-9_-]*)/(?<unit>[A-Za-z0-9][A-Za-z0-9_-]*)/(?<year>\d{4}|unknown)/(?<time>\d{8}T\d{6}Z)-(?<sha>[0-9a-f]{12})\.(?<ext>[a-z0-9]{1,10})$")]
    private static partial Regex NamePattern();
}
