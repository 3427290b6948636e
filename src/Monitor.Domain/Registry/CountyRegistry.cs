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

    public RegisteredUnit? FindUnit(string id) => Units.FirstOrDefault(u => string.Equals(u.Id, id, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One watched body: a township, street office, department or the county government.</summary>
public sealed record RegisteredUnit(
    string Id,
    string Name,
    UnitType Type,
    IReadOnlyList<Uri> ListingUrls,
    string? TitlePattern);
