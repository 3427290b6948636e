using Monitor.Domain.Alerts;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Tests.Alerts;

public class AlertPolicyTests
{
    private static readonly AlertUnit Xutao = new("zhongning", "xutao", "徐套乡", 2026);
    private static readonly DateTimeOffset Monday = new(2027, 2, 1, 1, 0, 0, TimeSpan.Zero);
    private readonly AlertPolicy policy = new(TimeSpan.FromDays(7));

    private static Finding T04(string found = "12") =>
        new("T04", Severity.Error, Location.InTable("表三", "一、本年新收政府信息公开申请数量", "总计"), "10", found, "一+二≠三(七)+四");

    private static readonly Finding S08Info = new("S08", Severity.Info, Location.InTable("表二", "规章"), "本年制发件数", "本年制发件", "表头措辞不同");
    private static readonly Finding F05Warning = new("F05", Severity.Warning, Location.Document, "可访问", "连续3次失败", "网站无法访问");

    private static IEnumerable<(string, AlertKind)> Sent(AlertDecision d) => d.ToSend.Select(i => (i.Finding.RuleId, i.Kind));

    [Fact]
    public void First_error_is_alerted_and_recorded_while_info_is_not()
    {
        var decision = policy.Decide(Xutao, [T04(), S08Info], [], Monday);

        Assert.Equal([("T04", AlertKind.New)], Sent(decision));
        Assert.Equal([("T04", Monday, (DateTimeOffset?)null)], decision.LedgerUpdates.Select(e => (e.RuleId, e.LastSentAt, e.ResolvedAt)));
    }

    [Fact]
    public void An_uncertain_error_is_not_alerted()
    {
        var decision = policy.Decide(Xutao, [T04().Uncertain("表三有无法识别的单元格")], [], Monday);

        Assert.False(decision.ShouldSend);
        Assert.Empty(decision.LedgerUpdates);
    }

    [Fact]
    public void Filing_events_alert_whatever_their_severity()
    {
        var decision = policy.Decide(Xutao, [F05Warning], [], Monday);

        Assert.Equal([("F05", AlertKind.New)], Sent(decision));
    }

    [Fact]
    public void Same_finding_within_the_reminder_period_is_suppressed()
    {
        var first = policy.Decide(Xutao, [T04()], [], Monday);

        var second = policy.Decide(Xutao, [T04()], first.LedgerUpdates, Monday.AddDays(6.9));

        Assert.False(second.ShouldSend);
        Assert.Empty(second.LedgerUpdates);
    }

    [Fact]
    public void Open_finding_is_reminded_after_the_period_and_the_period_restarts()
    {
        var first = policy.Decide(Xutao, [T04()], [], Monday);

        var reminder = policy.Decide(Xutao, [T04()], first.LedgerUpdates, Monday.AddDays(7));
        var afterReminder = policy.Decide(Xutao, [T04()], reminder.LedgerUpdates, Monday.AddDays(10));

        Assert.Equal([("T04", AlertKind.Reminder)], Sent(reminder));
        Assert.Equal([(Monday, Monday.AddDays(7))], reminder.LedgerUpdates.Select(e => (e.FirstSentAt, e.LastSentAt)));
        Assert.False(afterReminder.ShouldSend);
    }

    [Fact]
    public void Changed_finding_is_a_new_alert_and_the_old_one_is_resolved()
    {
        var first = policy.Decide(Xutao, [T04("12")], [], Monday);

        var changed = policy.Decide(Xutao, [T04("13")], first.LedgerUpdates, Monday.AddDays(1));

        Assert.Equal([("T04", AlertKind.New)], Sent(changed));
        Assert.Equal([("T04", true), ("T04", false)], changed.LedgerUpdates.Select(e => (e.RuleId, e.IsOpen)));
    }

    [Fact]
    public void Resolved_finding_is_not_re_alerted_and_stays_quiet_until_it_returns()
    {
        var first = policy.Decide(Xutao, [T04()], [], Monday);
        var resolved = policy.Decide(Xutao, [], first.LedgerUpdates, Monday.AddDays(1));
        var later = policy.Decide(Xutao, [], resolved.LedgerUpdates, Monday.AddDays(30));
        var back = policy.Decide(Xutao, [T04()], resolved.LedgerUpdates, Monday.AddDays(31));

        Assert.False(resolved.ShouldSend);
        Assert.Equal([Monday.AddDays(1)], resolved.LedgerUpdates.Select(e => e.ResolvedAt));
        Assert.False(later.ShouldSend);
        Assert.Empty(later.LedgerUpdates);
        Assert.Equal([("T04", AlertKind.New)], Sent(back));
    }

    [Fact]
    public void A_check_of_other_rules_does_not_resolve_report_findings()
    {
        var first = policy.Decide(Xutao, [T04()], [], Monday);

        var deadlineCheck = policy.Decide(Xutao, [], first.LedgerUpdates, Monday.AddDays(1), new HashSet<string> { "F01", "F02", "F05" });

        Assert.Empty(deadlineCheck.LedgerUpdates);
    }

    [Fact]
    public void Growing_overdue_count_of_a_missing_report_is_the_same_event()
    {
        Finding Missing(int days) => new("F01", Severity.Error, Location.Document, "2027-01-31前发布", $"逾期{days}天未发布", "未发布");
        var first = policy.Decide(Xutao, [Missing(1)], [], Monday);

        var nextDay = policy.Decide(Xutao, [Missing(2)], first.LedgerUpdates, Monday.AddDays(1));

        Assert.False(nextDay.ShouldSend);
    }

    [Fact]
    public void Another_units_ledger_does_not_suppress_an_alert()
    {
        var other = policy.Decide(Xutao with { UnitId = "lijun", UnitName = "李俊乡" }, [T04()], [], Monday);

        var decision = policy.Decide(Xutao, [T04()], other.LedgerUpdates, Monday);

        Assert.Equal([("T04", AlertKind.New)], Sent(decision));
    }

    [Fact]
    public void Evidence_ignores_the_message_wording_but_not_the_values()
    {
        Assert.Equal(AlertEvidence.Of(T04()), AlertEvidence.Of(T04() with { Message = "另一种说法" }));
        Assert.NotEqual(AlertEvidence.Of(T04("12")), AlertEvidence.Of(T04("13")));
    }
}
