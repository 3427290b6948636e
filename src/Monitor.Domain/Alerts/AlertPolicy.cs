using Monitor.Domain.Findings;

namespace Monitor.Domain.Alerts;

/// <summary>Whether a finding is told for the first time or again because it is still open.</summary>
public enum AlertKind
{
    New,
    Reminder,
}

/// <summary>A finding to put in an alert email, with its evidence and, for a reminder, when it was first sent.</summary>
public sealed record AlertItem(Finding Finding, string Evidence, AlertKind Kind, DateTimeOffset? FirstSentAt = null);

/// <summary>
/// What <see cref="AlertPolicy"/> decided for one unit-year: the items to send now (one email) and the ledger
/// entries to write once that email is queued in the outbox (new, reminded and resolved entries).
/// </summary>
public sealed record AlertDecision(AlertUnit Unit, DateTimeOffset DecidedAt, IReadOnlyList<AlertItem> ToSend, IReadOnlyList<SentAlert> LedgerUpdates)
{
    public bool ShouldSend => ToSend.Count > 0;

    public bool IsReminderOnly => ToSend.Count > 0 && ToSend.All(i => i.Kind == AlertKind.Reminder);
}

/// <summary>
/// Decides which findings of a unit-year to alert on: once per (unit, year, rule, evidence); again as a reminder
/// after <see cref="ReminderPeriod"/> while still open; a changed finding has new evidence and so is a new alert;
/// a finding that disappeared is marked resolved and never re-alerted (unless it comes back).
/// </summary>
public sealed class AlertPolicy(TimeSpan reminderPeriod)
{
    public static readonly TimeSpan DefaultReminderPeriod = TimeSpan.FromDays(7);

    public AlertPolicy() : this(DefaultReminderPeriod)
    {
    }

    public TimeSpan ReminderPeriod { get; } = reminderPeriod > TimeSpan.Zero
        ? reminderPeriod
        : throw new ArgumentOutOfRangeException(nameof(reminderPeriod), "The reminder period must be positive.");

    /// <param name="unit">The unit-year the findings belong to.</param>
    /// <param name="findings">Every current finding of the unit-year from the rules that were evaluated (all severities; non-alertable ones are ignored).</param>
    /// <param name="ledger">The ledger entries of this unit-year.</param>
    /// <param name="now">The decision time.</param>
    /// <param name="evaluatedRules">
    /// The rules that ran for these findings: an open ledger entry of such a rule without a current finding is
    /// resolved. Entries of other rules are left alone (a deadline check says nothing about table arithmetic).
    /// Null means every rule ran.
    /// </param>
    public AlertDecision Decide(AlertUnit unit, IEnumerable<Finding> findings, IReadOnlyList<SentAlert> ledger,
        DateTimeOffset now, IReadOnlySet<string>? evaluatedRules = null)
    {
        var byKey = ledger
            .Where(e => e.CountyId == unit.CountyId && e.UnitId == unit.UnitId && e.Year == unit.Year)
            .GroupBy(e => e.Key)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.LastSentAt)!);
        var toSend = new List<AlertItem>();
        var updates = new List<SentAlert>();
        var current = new HashSet<string>();

        foreach (var finding in findings.Where(AlertEvidence.IsAlertable).OrderBy(f => f.RuleId, StringComparer.Ordinal))
        {
            var evidence = AlertEvidence.Of(finding);
            var key = $"{finding.RuleId}:{evidence}";
            if (!current.Add(key)) continue;

            if (!byKey.TryGetValue(key, out var sent) || !sent.IsOpen)
            {
                toSend.Add(new AlertItem(finding, evidence, AlertKind.New));
                updates.Add(new SentAlert(unit.CountyId, unit.UnitId, unit.Year, finding.RuleId, evidence, now, now));
            }
            else if (now - sent.LastSentAt >= ReminderPeriod)
            {
                toSend.Add(new AlertItem(finding, evidence, AlertKind.Reminder, sent.FirstSentAt));
                updates.Add(sent with { LastSentAt = now });
            }
        }

        updates.AddRange(byKey.Values
            .Where(e => e.IsOpen && !current.Contains(e.Key) && (evaluatedRules is null || evaluatedRules.Contains(e.RuleId)))
            .Select(e => e with { ResolvedAt = now }));

        return new AlertDecision(unit, now, toSend, updates);
    }
}
