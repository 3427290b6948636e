using System.Text;
using Monitor.Domain.Email;
using Monitor.Domain.Findings;
using Monitor.Domain.Rules;
using Monitor.Domain.Deadlines;

namespace Monitor.Domain.Alerts;

/// <summary>Where the reader can see the evidence: the page the unit published and our stored copy of it.</summary>
public sealed record AlertLinks(string? PublishedUrl = null, string? CaptureUrl = null, string? CaptureName = null);

/// <summary>
/// Composes the one email of an <see cref="AlertDecision"/>: a Chinese subject naming the unit, the year and what
/// is wrong, and an HTML body with a plain-text part listing every finding with its location, expected and found.
/// </summary>
public sealed class AlertEmailComposer(MailEnvelope envelope, Func<string, string?>? ruleTitle = null)
{
    public const string SubjectPrefix = "【政务公开年报监测】";

    private readonly Func<string, string?> ruleTitle = ruleTitle ?? (id => RuleCatalog.Find(id)?.Title);

    public EmailMessage Compose(AlertDecision decision, AlertLinks links)
    {
        return new EmailMessage(
            envelope.From,
            envelope.To,
            Subject(decision),
            Html(decision, links),
            Text(decision, links),
            [],
            IdempotencyKey(decision));
    }

    /// <summary>E.g. "【政务公开年报监测】徐套乡 2026年度报告：表三数据不平衡等3项错误".</summary>
    public string Subject(AlertDecision decision)
    {
        var items = decision.ToSend;
        var what = items.Count == 0 ? "无新问题" : TitleOf(items[0].Finding);
        var noun = items.All(i => i.Finding.Severity == Severity.Error) ? "错误" : "问题";
        var count = items.Count > 1 ? $"{what}等{items.Count}项{noun}" : what;
        var reminder = decision.IsReminderOnly ? "（提醒：仍未整改）" : "";
        return $"{SubjectPrefix}{decision.Unit.UnitName} {decision.Unit.Year}年度报告：{count}{reminder}";
    }

    /// <summary>
    /// The same decision always yields the same key, so a retried validation queues no second email; a reminder
    /// carries its date so next week's reminder is a new message.
    /// </summary>
    public static string IdempotencyKey(AlertDecision decision)
    {
        var unit = decision.Unit;
        var items = string.Join(';', decision.ToSend.Select(i =>
            i.Kind == AlertKind.New ? $"{i.Finding.RuleId}:{i.Evidence}" : $"{i.Finding.RuleId}:{i.Evidence}@{decision.DecidedAt.UtcDateTime:yyyyMMdd}"));
        return "alert-" + AlertEvidence.Hash($"{unit.CountyId}\u001f{unit.UnitId}\u001f{unit.Year}\u001f{items}")[..32];
    }

    private string TitleOf(Finding finding) => ruleTitle(finding.RuleId) ?? finding.RuleId;

    private string Html(AlertDecision decision, AlertLinks links)
    {
        var unit = decision.Unit;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(HtmlText.Encode(Subject(decision))).Append("</title></head><body style=\"font-family:sans-serif\">");
        html.Append("<p>").Append(HtmlText.Encode($"{unit.UnitName} {unit.Year}年政府信息公开工作年度报告经自动检查，发现以下需要处理的问题（共{decision.ToSend.Count}项）：")).Append("</p>");
        html.Append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>")
            .Append("<th>序号</th><th>规则</th><th>级别</th><th>位置</th><th>应为</th><th>实际</th><th>说明</th></tr></thead><tbody>");
        var n = 0;
        foreach (var item in decision.ToSend)
        {
            var f = item.Finding;
            html.Append("<tr><td>").Append(++n).Append("</td><td>")
                .Append(HtmlText.Encode($"{f.RuleId} {TitleOf(f)}")).Append("</td><td>")
                .Append(HtmlText.Encode(f.Severity.Chinese())).Append("</td><td>")
                .Append(HtmlText.Encode(f.Location.Describe())).Append("</td><td>")
                .Append(HtmlText.Encode(f.Expected ?? "—")).Append("</td><td>")
                .Append(HtmlText.Encode(f.Found ?? "—")).Append("</td><td>")
                .Append(HtmlText.Encode(f.Message + ReminderNote(item))).Append("</td></tr>");
        }
        html.Append("</tbody></table>");
        html.Append("<p>发布页面：").Append(links.PublishedUrl is { } page ? HtmlText.Link(page, page) : "（无）").Append("<br>");
        html.Append("存档副本：").Append(CaptureHtml(links)).Append("</p>");
        html.Append("<p style=\"color:#666\">本邮件由政务公开年报监测系统自动发送，同一问题仅通知一次，未整改的问题将定期提醒。</p></body></html>");
        return html.ToString();
    }

    private string Text(AlertDecision decision, AlertLinks links)
    {
        var unit = decision.Unit;
        var text = new StringBuilder();
        text.Append(unit.UnitName).Append(' ').Append(unit.Year).Append("年政府信息公开工作年度报告经自动检查，发现以下需要处理的问题（共")
            .Append(decision.ToSend.Count).Append("项）：\n\n");
        var n = 0;
        foreach (var item in decision.ToSend)
        {
            var f = item.Finding;
            text.Append(++n).Append(". [").Append(f.Severity.Chinese()).Append("] ").Append(f.RuleId).Append(' ').Append(TitleOf(f)).Append('\n')
                .Append("   位置：").Append(f.Location.Describe()).Append('\n')
                .Append("   应为：").Append(f.Expected ?? "—").Append('\n')
                .Append("   实际：").Append(f.Found ?? "—").Append('\n')
                .Append("   说明：").Append(f.Message).Append(ReminderNote(item)).Append("\n\n");
        }
        text.Append("发布页面：").Append(links.PublishedUrl ?? "（无）").Append('\n');
        text.Append("存档副本：").Append(links.CaptureUrl ?? links.CaptureName ?? "（无）").Append('\n');
        text.Append("\n本邮件由政务公开年报监测系统自动发送，同一问题仅通知一次，未整改的问题将定期提醒。\n");
        return text.ToString();
    }

    private static string ReminderNote(AlertItem item) =>
        item.Kind == AlertKind.Reminder && item.FirstSentAt is { } first
            ? $"（提醒：已于{ChinaTime.DateOf(first):yyyy年M月d日}首次通知，仍未整改）"
            : "";

    private static string CaptureHtml(AlertLinks links) =>
        links.CaptureUrl is { } url ? HtmlText.Link(url, links.CaptureName ?? url)
        : links.CaptureName is { } name ? HtmlText.Encode(name)
        : "（无）";
}
