namespace Monitor.Domain.Alerts;

/// <summary>The unit and reporting year an alert is about. <see cref="UnitName"/> is what officials read.</summary>
public sealed record AlertUnit(string CountyId, string UnitId, string UnitName, int Year);

/// <summary>
/// One line of the sent-alert ledger: a (unit, year, rule, evidence) the office has been told about, when,
/// and whether it has since been resolved. A resolved entry that reappears is alerted again as new.
/// </summary>
public sealed record SentAlert(
    string CountyId,
    string UnitId,
    int Year,
    string RuleId,
    string Evidence,
    DateTimeOffset FirstSentAt,
    DateTimeOffset LastSentAt,
    DateTimeOffset? ResolvedAt = null)
{
    public bool IsOpen => ResolvedAt is null;

    /// <summary>Ledger key within a unit-year.</summary>
    public string Key => $"{RuleId}:{Evidence}";
}

/// <summary>The ledger of alerts already sent, per unit-year. Implementations: local folder and Azure Tables.</summary>
public interface ISentAlertLedger
{
    Task<IReadOnlyList<SentAlert>> GetAsync(string countyId, string unitId, int year, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces entries by (county, unit, year, rule, evidence).</summary>
    Task UpsertAsync(IReadOnlyList<SentAlert> entries, CancellationToken cancellationToken = default);
}
