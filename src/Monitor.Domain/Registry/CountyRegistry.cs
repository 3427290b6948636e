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

/// <summary>
/// Month-day deadlines for the report on year Y, falling in year Y+1, per unit type, plus grace days.
/// Townships have no statutory date, so the county sets it; the defaults follow 条例 art. 49.
/// </summary>
public sealed record DeadlinePolicy(IReadOnlyDictionary<UnitType, MonthDay> ByType, int GraceDays)
{
    public static DeadlinePolicy Default { get; } = new(new Dictionary<UnitType, MonthDay>
    {
        [UnitType.Township] = new(1, 31),
        [UnitType.StreetOffice] = new(1, 31),
        [UnitType.Department] = new(1, 31),
        [UnitType.CountyGovernment] = new(3, 31),
    }, 0);

    /// <summary>The deadline date (China Standard Time) for the report on <paramref name="reportYear"/>.</summary>
    public DateOnly DeadlineFor(UnitType type, int reportYear)
    {
        var md = ByType.TryGetValue(type, out var d) ? d : Default.ByType[type];
        return new DateOnly(reportYear + 1, md.Month, md.Day);
    }

    /// <summary>The last day before F01 may fire: the deadline plus grace days.</summary>
    public DateOnly GraceEndFor(UnitType type, int reportYear) => DeadlineFor(type, reportYear).AddDays(GraceDays);
}

/// <summary>A calendar day without a year, written "MM-DD" in the registry file.</summary>
public readonly record struct MonthDay(int Month, int Day)
{
    public override string ToString() => $"{Month:00}-{Day:00}";

    public static MonthDay? TryParse(string? text)
    {
        if (text is null) return null;
        var parts = text.Trim().Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var m) || !int.TryParse(parts[1], out var d)) return null;
        // 2001 is not a leap year, so 02-29 is refused: a deadline must exist every year.
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(2001, m)) return null;
        return new MonthDay(m, d);
    }
}
