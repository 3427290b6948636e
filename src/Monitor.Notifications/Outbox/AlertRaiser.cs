using Monitor.Domain.Alerts;
using Monitor.Domain.Findings;

namespace Monitor.Notifications.Outbox;

/// <summary>
/// Turns the current findings of a unit-year into at most one queued alert email: reads the ledger, lets
/// <see cref="AlertPolicy"/> decide, composes, enqueues, then records the decision in the ledger.
/// Enqueue comes first: if the process dies in between, the next run makes the same decision, the outbox
/// recognises the idempotency key, and the ledger is written then. So a retried validation never mails twice.
/// </summary>
public sealed class AlertRaiser(AlertPolicy policy, AlertEmailComposer composer, ISentAlertLedger ledger, IAlertOutbox outbox, TimeProvider time)
{
    /// <returns>The queued message's id, or null when there was nothing new to say.</returns>
    public async Task<string?> RaiseAsync(AlertUnit unit, IEnumerable<Finding> findings, AlertLinks links,
        IReadOnlySet<string>? evaluatedRules = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var sent = await ledger.GetAsync(unit.CountyId, unit.UnitId, unit.Year, cancellationToken).ConfigureAwait(false);
        var decision = policy.Decide(unit, findings, sent, now, evaluatedRules);
        string? queued = null;
        if (decision.ShouldSend)
        {
            var message = composer.Compose(decision, links);
            await outbox.EnqueueAsync(message, now, cancellationToken).ConfigureAwait(false);
            queued = message.IdempotencyKey;
        }
        if (decision.LedgerUpdates.Count > 0)
            await ledger.UpsertAsync(decision.LedgerUpdates, cancellationToken).ConfigureAwait(false);
        return queued;
    }
}
