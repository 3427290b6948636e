using Monitor.Domain.Findings;
using Monitor.Domain.Review;

namespace Monitor.Application.Monitoring;

/// <summary>
/// The county office's review of findings: follows each new result of a unit's report (new findings 待核实, vanished
/// ones 已整改) and records officials' decisions, each change with its audit event. Writes are optimistic: on a
/// conflict the records are read again and the change re-decided, so two reviewers never overwrite each other.
/// </summary>
public sealed class FindingReviews(MonitorServices services)
{
    private const int MaxAttempts = 8;

    private IReviewStore Store => services.Stores.Reviews;

    private string CountyId => services.Registry.CountyId;

    public Task<IReadOnlyList<ReviewRecord>> ListAsync(string unitId, int year, CancellationToken cancellationToken = default) =>
        Store.ListAsync(CountyId, unitId, year, cancellationToken);

    public Task<IReadOnlyList<ReviewRecord>> ListCountyAsync(int year, CancellationToken cancellationToken = default) =>
        Store.ListCountyAsync(CountyId, year, cancellationToken);

    public Task<IReadOnlyList<ReviewEvent>> HistoryAsync(string unitId, int year, CancellationToken cancellationToken = default) =>
        Store.HistoryAsync(CountyId, unitId, year, cancellationToken);

    /// <summary>Applies a new result of the unit-year's report; returns the fingerprints the office has dismissed.</summary>
    public async Task<IReadOnlySet<string>> ReconcileAsync(string unitId, int year, string capture, IReadOnlyList<Finding> findings,
        CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await ListAsync(unitId, year, cancellationToken).ConfigureAwait(false);
            var changes = ReviewPolicy.Reconcile(CountyId, unitId, year, existing, findings, capture, services.Time.GetUtcNow());
            var conflict = false;
            foreach (var change in changes)
            {
                if (await Store.TryWriteAsync(change.Record, cancellationToken).ConfigureAwait(false) is null)
                {
                    conflict = true;
                    continue;
                }
                if (change.Event is { } e) await Store.AppendAsync(e, cancellationToken).ConfigureAwait(false);
            }
            if (!conflict || attempt == MaxAttempts)
            {
                var now = await ListAsync(unitId, year, cancellationToken).ConfigureAwait(false);
                return now.Where(r => r.State == ReviewState.Dismissed).Select(r => r.Fingerprint).ToHashSet(StringComparer.Ordinal);
            }
        }
    }

    /// <summary>An official's decision on one finding; the stored record, or a Chinese reason why it was not made.</summary>
    public async Task<(ReviewRecord? Record, string? Problem)> DecideAsync(string unitId, int year, string fingerprint, ReviewState to, string actor,
        string? reason, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var record = (await ListAsync(unitId, year, cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.Fingerprint == fingerprint);
            if (record is null) return (null, "找不到该问题（可能已随报告更新而变化），请刷新页面。");
            var (change, problem) = ReviewPolicy.Decide(record, to, actor, reason, services.Time.GetUtcNow());
            if (change is null) return (null, problem);
            if (await Store.TryWriteAsync(change.Record, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                await Store.AppendAsync(change.Event!, cancellationToken).ConfigureAwait(false);
                return (stored, null);
            }
        }
        return (null, "其他人正在同时修改该问题，请刷新后重试。");
    }
}
