using Monitor.Domain.Findings;
using Monitor.Domain.Review;

namespace Monitor.Domain.Tests.Review;

public sealed class ReviewPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2027, 1, 20, 2, 0, 0, TimeSpan.Zero);

    private static Finding Sum(string found, string? text = null, Severity severity = Severity.Error) =>
        new("T01", severity, new Location(Table: "表二", Row: "规章", Column: "本年新制作数量", TextSpan: text), "12", found, "合计与分项之和不符。");

    private static IReadOnlyList<ReviewRecord> Apply(IReadOnlyList<ReviewRecord> existing, IReadOnlyList<ReviewChange> changes) =>
        [.. existing.Where(r => changes.All(c => c.Record.Fingerprint != r.Fingerprint)), .. changes.Select(c => c.Record)];

    [Fact]
    public void The_fingerprint_ignores_whitespace_and_wording_but_not_the_value_found()
    {
        var pdf = FindingFingerprint.Of("xutao", 2026, Sum("13", "全年 主动公开\n信息 56 条"));
        var html = FindingFingerprint.Of("xutao", 2026, Sum("13", "全年主动公开信息56条") with { Message = "措辞不同的说明" });
        var corrected = FindingFingerprint.Of("xutao", 2026, Sum("12", "全年主动公开信息56条"));

        Assert.Equal(pdf, html);
        Assert.NotEqual(pdf, corrected);
        Assert.NotEqual(pdf, FindingFingerprint.Of("xutao", 2025, Sum("13", "全年主动公开信息56条")));
    }

    [Fact]
    public void New_errors_and_warnings_start_to_be_verified_and_information_is_not_reviewed()
    {
        var changes = ReviewPolicy.Reconcile("qingshui", "xutao", 2026, [], [Sum("13"), Sum("14", severity: Severity.Info)], "cap-1", T0);

        var change = Assert.Single(changes);
        Assert.Equal((ReviewState.New, "cap-1", "监测系统"), (change.Record.State, change.Record.Capture, change.Event!.Actor));
    }

    [Fact]
    public void A_verdict_survives_revalidation_and_an_open_finding_that_disappears_is_fixed_by_that_capture()
    {
        var first = Apply([], ReviewPolicy.Reconcile("qingshui", "xutao", 2026, [], [Sum("13")], "cap-1", T0));
        var confirmed = Apply(first, [ReviewPolicy.Decide(first[0], ReviewState.Confirmed, "李审核", null, T0).Change!]);

        Assert.Empty(ReviewPolicy.Reconcile("qingshui", "xutao", 2026, confirmed, [Sum("13")], "cap-1", T0.AddHours(1)));
        var gone = Assert.Single(ReviewPolicy.Reconcile("qingshui", "xutao", 2026, confirmed, [Sum("12")], "cap-2", T0.AddDays(1)),
            c => c.Record.Fingerprint == confirmed[0].Fingerprint);
        Assert.Equal((ReviewState.Fixed, "cap-2", ReviewState.Confirmed), (gone.Record.State, gone.Record.FixedBy, gone.Event!.From));
    }

    [Fact]
    public void A_dismissed_finding_is_never_marked_fixed_or_reopened_by_the_monitor()
    {
        var first = Apply([], ReviewPolicy.Reconcile("qingshui", "xutao", 2026, [], [Sum("13")], "cap-1", T0));
        var dismissed = Apply(first, [ReviewPolicy.Decide(first[0], ReviewState.Dismissed, "李审核", "系统误读跨页表格", T0).Change!]);

        Assert.Empty(ReviewPolicy.Reconcile("qingshui", "xutao", 2026, dismissed, [], "cap-2", T0.AddDays(1)));
        Assert.All(ReviewPolicy.Reconcile("qingshui", "xutao", 2026, dismissed, [Sum("13")], "cap-3", T0.AddDays(2)), c =>
        {
            Assert.Equal(ReviewState.Dismissed, c.Record.State);
            Assert.Null(c.Event);
        });
    }

    [Fact]
    public void A_fixed_finding_that_comes_back_is_reopened()
    {
        var first = Apply([], ReviewPolicy.Reconcile("qingshui", "xutao", 2026, [], [Sum("13")], "cap-1", T0));
        var fixedOnes = Apply(first, ReviewPolicy.Reconcile("qingshui", "xutao", 2026, first, [], "cap-2", T0.AddDays(1)));

        var back = Assert.Single(ReviewPolicy.Reconcile("qingshui", "xutao", 2026, fixedOnes, [Sum("13")], "cap-3", T0.AddDays(2)));

        Assert.Equal((ReviewState.New, ReviewState.Fixed), (back.Record.State, back.Event!.From));
    }

    [Theory]
    [InlineData(ReviewState.New, ReviewState.Dismissed, null, "排除问题须填写理由")]
    [InlineData(ReviewState.New, ReviewState.Fixed, null, "由系统在单位发布更正后的报告时自动标记")]
    [InlineData(ReviewState.New, ReviewState.New, null, "已是“待核实”状态")]
    [InlineData(ReviewState.Dismissed, ReviewState.Confirmed, null, "不能从“已排除”改为“已确认”")]
    public void Decisions_that_make_no_sense_are_refused_in_Chinese(ReviewState from, ReviewState to, string? reason, string problem)
    {
        var record = ReviewRecord.From("qingshui", "xutao", 2026, Sum("13"), "cap-1", T0) with { State = from };

        var (change, why) = ReviewPolicy.Decide(record, to, "李审核", reason, T0);

        Assert.Null(change);
        Assert.Contains(problem, why);
    }

    [Theory]
    [InlineData(ReviewState.New, ReviewState.Confirmed)]
    [InlineData(ReviewState.Confirmed, ReviewState.Dismissed)]
    [InlineData(ReviewState.Dismissed, ReviewState.New)]
    [InlineData(ReviewState.Fixed, ReviewState.New)]
    public void Confirm_dismiss_and_reopen_are_recorded_with_who_and_why(ReviewState from, ReviewState to)
    {
        var record = ReviewRecord.From("qingshui", "xutao", 2026, Sum("13"), "cap-1", T0) with { State = from };

        var (change, _) = ReviewPolicy.Decide(record, to, " 李审核 ", "核对原文无误", T0.AddHours(1));

        Assert.Equal((to, "李审核", from, to), (change!.Record.State, change.Event!.Actor, change.Event.From!.Value, change.Event.To));
    }
}
