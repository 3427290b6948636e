using Monitor.Domain.Rules;

namespace Monitor.Domain.Deadlines;

/// <summary>A day of the year following the report year, e.g. 01-31 (条例 art. 49 for departments).</summary>
public readonly record struct MonthDay(int Month, int Day)
{
    /// <summary>Parses "01-31" / "3-31"; null for anything else, including impossible days.</summary>
    public static MonthDay? TryParse(string? text)
    {
        var pieces = text?.Trim().Split('-');
        if (pieces is not { Length: 2 } || !int.TryParse(pieces[0], out var month) || !int.TryParse(pieces[1], out var day)) return null;
        // 2001 is not a leap year, so 02-29 is refused: a deadline must exist every year.
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2001, month)) return null;
        return new MonthDay(month, day);
    }

    public DateOnly In(int year) => new(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));

    public override string ToString() => $"{Month:00}-{Day:00}";
}

/// <summary>
/// When each unit type must have published its report on year Y: a day of year Y+1 plus grace days, from the
/// county registry. Defaults: townships, street offices and departments 01-31 (townships have no statutory date;
/// the county's notice sets it), the county government 03-31 (条例 art. 49).
/// </summary>
public sealed record DeadlinePolicy(IReadOnlyDictionary<UnitType, MonthDay> DueDays, int GraceDays = 0)
{
    public static DeadlinePolicy Default { get; } = new(new Dictionary<UnitType, MonthDay>
    {
        [UnitType.Township] = new(1, 31),
        [UnitType.StreetOffice] = new(1, 31),
        [UnitType.Department] = new(1, 31),
        [UnitType.CountyGovernment] = new(3, 31),
    });

    /// <summary>The statutory or configured due date, before grace.</summary>
    public DateOnly DueDate(UnitType type, int reportYear) =>
        (DueDays.TryGetValue(type, out var day) ? day : Default.DueDays[type]).In(reportYear + 1);

    /// <summary>The last CST date on which publishing is still on time (due date + grace days).</summary>
    public DateOnly DeadlineFor(UnitType type, int reportYear) => DueDate(type, reportYear).AddDays(GraceDays);

    /// <summary>True when the CST date is after the deadline.</summary>
    public static bool IsOverdueOn(DateOnly deadline, DateOnly chinaDate) => chinaDate > deadline;

    /// <summary>True when the clock's CST date is after the deadline.</summary>
    public static bool IsOverdue(DateOnly deadline, TimeProvider clock) => IsOverdueOn(deadline, ChinaTime.Today(clock));
}
