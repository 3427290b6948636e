using Monitor.Domain.Findings;

namespace Monitor.Domain.Review;

/// <summary>A review to store, with the audit event that explains the change (null when only the text was refreshed).</summary>
public sealed record ReviewChange(ReviewRecord Record, ReviewEvent? Event);

/// <summary>
/// How reviews follow the monitor's findings and the office's decisions. Pure: the caller stores what it returns.
/// </summary>
public static class ReviewPolicy
{
    /// <summary>Who the audit log names for changes the monitor makes itself.</summary>
    public const string MonitorActor = "监测系统";

    /// <summary>Findings worth a review: errors and warnings (information-level findings ask nothing of the unit).</summary>
    public static bool IsReviewed(Finding finding) => finding.Severity >= Severity.Warning;

    /// <summary>
    /// After a new result for a unit-year's report: a finding not reviewed before starts 待核实; one already reviewed
    /// keeps its state (the office's verdict survives re-validation) and gets its latest text; an open one (待核实 or
    /// 已确认) that the new result no longer has becomes 已整改, naming the capture that fixed it; a 已整改 one that
    /// comes back is reopened 待核实. A dismissed one stays dismissed whether it comes back or not.
    /// </summary>
    public static IReadOnlyList<ReviewChange> Reconcile(string countyId, string unitId, int year, IReadOnlyList<ReviewRecord> existing,
        IReadOnlyList<Finding> findings, string capture, DateTimeOffset now)
    {
        var changes = new List<ReviewChange>();
        var byFingerprint = existing.ToDictionary(r => r.Fingerprint, StringComparer.Ordinal);
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings.Where(IsReviewed))
        {
            var fresh = ReviewRecord.From(countyId, unitId, year, finding, capture, now);
            if (!current.Add(fresh.Fingerprint)) continue;
            if (!byFingerprint.TryGetValue(fresh.Fingerprint, out var known))
            {
                changes.Add(new(fresh, Event(fresh, null, ReviewState.New, MonitorActor, "新发现的问题", capture, now)));
                continue;
            }
            var refreshed = known with
            {
                Severity = fresh.Severity, Location = fresh.Location, Expected = fresh.Expected, Message = fresh.Message,
                Uncertain = fresh.Uncertain, Capture = capture,
            };
            if (known.State == ReviewState.Fixed)
            {
                var reopened = refreshed with { State = ReviewState.New, FixedBy = null, Reason = null, UpdatedAt = now };
                changes.Add(new(reopened, Event(reopened, ReviewState.Fixed, ReviewState.New, MonitorActor, "问题在新版本中再次出现", capture, now)));
            }
            else if (refreshed != known)
            {
                changes.Add(new(refreshed, null));
            }
        }
        foreach (var gone in existing.Where(r => r.State.IsOpen() && !current.Contains(r.Fingerprint)))
        {
            var fixedRecord = gone with { State = ReviewState.Fixed, FixedBy = capture, UpdatedAt = now };
            changes.Add(new(fixedRecord, Event(fixedRecord, gone.State, ReviewState.Fixed, MonitorActor, "新版本中已不再出现该问题", capture, now)));
        }
        return changes;
    }

    /// <summary>
    /// An official's decision: confirm (待核实 → 已确认), dismiss with a reason (待核实/已确认 → 已排除) or reopen
    /// (已确认/已排除/已整改 → 待核实). 已整改 is the monitor's to set. Returns the change, or a Chinese reason why not.
    /// </summary>
    public static (ReviewChange? Change, string? Problem) Decide(ReviewRecord record, ReviewState to, string actor, string? reason, DateTimeOffset now)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (string.IsNullOrWhiteSpace(actor)) return (null, "未提供审核人姓名。");
        if (to == record.State) return (null, $"该问题已是“{to.Chinese()}”状态。");
        var allowed = to switch
        {
            ReviewState.Confirmed => record.State == ReviewState.New,
            ReviewState.Dismissed => record.State is ReviewState.New or ReviewState.Confirmed,
            ReviewState.New => record.State is ReviewState.Confirmed or ReviewState.Dismissed or ReviewState.Fixed,
            _ => false,
        };
        if (!allowed)
            return (null, to == ReviewState.Fixed ? "“已整改”由系统在单位发布更正后的报告时自动标记。" : $"不能从“{record.State.Chinese()}”改为“{to.Chinese()}”。");
        if (to == ReviewState.Dismissed && reason is null) return (null, "排除问题须填写理由（例如：系统误读了表格）。");
        if (reason is { Length: > 500 }) return (null, "理由不能超过500字。");
        var changed = record with { State = to, Reason = to == ReviewState.New ? null : reason, UpdatedAt = now };
        return (new(changed, Event(changed, record.State, to, actor.Trim(), reason, record.Capture, now)), null);
    }

    private static ReviewEvent Event(ReviewRecord record, ReviewState? from, ReviewState to, string actor, string? reason, string? capture, DateTimeOffset now) =>
        new(record.Fingerprint, record.CountyId, record.UnitId, record.Year, now, actor, from, to, reason, capture);
}
