using Monitor.Domain.Deadlines;
using System.Globalization;
using System.Text;
using Monitor.Domain.Email;

namespace Monitor.Domain.Summary;

/// <summary>One unit's line in the weekly summary, with what changed since last week (Chinese phrases).</summary>
public sealed record SummaryRow(UnitStanding Unit, IReadOnlyList<string> Changes);

/// <summary>The composed weekly summary: its rows in display order, the email, and the snapshot to keep for next week.</summary>
public sealed record WeeklySummary(string CountyName, int Year, IReadOnlyList<SummaryRow> Rows, EmailMessage Email, SummarySnapshot Snapshot);

/// <summary>
/// Composes the Monday summary of a county for the current reporting year: every unit with its status, error and
/// warning counts and what changed since last week, overdue units first; all findings attached as CSV.
/// </summary>
public sealed class WeeklySummaryComposer(MailEnvelope envelope, Func<string, string?>? ruleTitle = null)
{
    public WeeklySummary Compose(string countyId, string countyName, IReadOnlyList<UnitStanding> units,
        SummarySnapshot? lastWeek, DateTimeOffset now)
    {
        var year = ReportingYear.CurrentAt(now);
        var previous = lastWeek is not null && lastWeek.Year == year && lastWeek.CountyId == countyId
            ? lastWeek.Units.ToDictionary(u => u.UnitId)
            : null;
        var rows = units
            .OrderBy(u => u.Status.Rank())
            .ThenByDescending(u => u.Errors)
            .ThenBy(u => u.UnitName, StringComparer.Ordinal)
            .Select(u => new SummaryRow(u, previous is null ? [] : Changes(u, previous.GetValueOrDefault(u.UnitId))))
            .ToList();
        var today = ChinaTime.DateOf(now);
        var subject = Subject(countyName, year, today, rows);
        var csv = FindingsCsv.Render(year, rows.Select(r => r.Unit), ruleTitle);
        var email = new EmailMessage(
            envelope.From,
            envelope.To,
            subject,
            Html(subject, countyName, year, today, rows, previous is not null),
            Text(countyName, year, today, rows, previous is not null),
            [new EmailAttachment($"findings-{countyId}-{year}-{today:yyyyMMdd}.csv", "text/csv; charset=utf-8", csv)],
            $"summary-{countyId}-{year}-{today:yyyyMMdd}");
        var snapshot = new SummarySnapshot(countyId, year, now,
            [.. units.Select(u => new UnitSnapshot(u.UnitId, u.Status, u.CaptureName, u.ErrorKeys))]);
        return new WeeklySummary(countyName, year, rows, email, snapshot);
    }

    /// <summary>What changed for one unit since last week; a unit absent last week is simply new to the registry.</summary>
    public static IReadOnlyList<string> Changes(UnitStanding now, UnitSnapshot? before)
    {
        if (before is null) return ["新增监测单位"];
        var changes = new List<string>();
        if (now.CaptureName is not null && now.CaptureName != before.CaptureName)
            changes.Add(before.CaptureName is null ? "新发布报告" : "报告内容有更新");
        if (now.Status != before.Status)
            changes.Add($"状态：{before.Status.Chinese()}→{now.Status.Chinese()}");
        var current = now.ErrorKeys;
        var added = current.Except(before.ErrorKeys).Count();
        var resolved = before.ErrorKeys.Except(current).Count();
        if (added > 0) changes.Add($"新增错误{added}项");
        if (resolved > 0) changes.Add($"已整改错误{resolved}项");
        return changes;
    }

    private static string Subject(string countyName, int year, DateOnly today, IReadOnlyList<SummaryRow> rows)
    {
        var missing = rows.Count(r => r.Unit.Status == FilingStatus.Missing);
        var late = rows.Count(r => r.Unit.Status == FilingStatus.Late);
        var unreachable = rows.Count(r => r.Unit.Status == FilingStatus.Unreachable);
        var unrecognised = rows.Count(r => r.Unit.Status == FilingStatus.Unrecognised);
        var errors = rows.Sum(r => r.Unit.Errors);
        return $"{Alerts.AlertEmailComposer.SubjectPrefix}{countyName} {year}年度报告周报（{today:yyyy年M月d日}）："
            + $"{rows.Count}个单位，未发布{missing}个，逾期发布{late}个，网站无法访问{unreachable}个"
            + (unrecognised > 0 ? $"，栏目无法识别{unrecognised}个" : "") + $"，错误{errors}项";
    }

    private static string Html(string subject, string countyName, int year, DateOnly today, IReadOnlyList<SummaryRow> rows, bool hasLastWeek)
    {
        // The column appears once the engine has anything it was unsure of, so a plain season reads as before.
        var anyToVerify = rows.Any(r => r.Unit.ToVerify > 0);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(HtmlText.Encode(subject)).Append("</title></head><body style=\"font-family:sans-serif\">");
        html.Append("<p>").Append(HtmlText.Encode($"{countyName}各单位{year}年政府信息公开工作年度报告监测情况（截至{today:yyyy年M月d日}）：")).Append("</p>");
        html.Append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>")
            .Append("<th>单位</th><th>状态</th><th>发布日期</th><th>错误</th><th>警告</th>")
            .Append(anyToVerify ? "<th>需人工核实</th>" : "")
            .Append("<th>本周变化</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            var u = row.Unit;
            html.Append(u.Status.IsOverdue() ? "<tr style=\"background:#fde2e2\">" : "<tr>")
                .Append("<td>").Append(u.PublishedUrl is { } url ? HtmlText.Link(url, u.UnitName) : HtmlText.Encode(u.UnitName)).Append("</td>")
                .Append("<td>").Append(HtmlText.Encode(u.Status.Chinese())).Append("</td>")
                .Append("<td>").Append(HtmlText.Encode(PublishedOn(u))).Append("</td>")
                .Append("<td>").Append(u.Errors).Append("</td>")
                .Append("<td>").Append(u.Warnings).Append("</td>")
                .Append(anyToVerify ? $"<td>{u.ToVerify}</td>" : "")
                .Append("<td>").Append(HtmlText.Encode(ChangesText(row, hasLastWeek))).Append("</td></tr>");
        }
        html.Append("</tbody></table>");
        var dismissed = Dismissed(rows);
        if (dismissed.Count > 0)
        {
            html.Append("<p>").Append(HtmlText.Encode($"已排除的问题（经审核认定为系统误读，不计入上表）：{dismissed.Count}项")).Append("</p><ul>");
            foreach (var line in dismissed) html.Append("<li>").Append(HtmlText.Encode(line)).Append("</li>");
            html.Append("</ul>");
        }
        html.Append("<p>全部问题明细见附件CSV（可用Excel打开）。</p>");
        html.Append("<p style=\"color:#666\">本邮件由政务公开年报监测系统每周自动发送。</p></body></html>");
        return html.ToString();
    }

    private static string Text(string countyName, int year, DateOnly today, IReadOnlyList<SummaryRow> rows, bool hasLastWeek)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{countyName}各单位{year}年政府信息公开工作年度报告监测情况（截至{today:yyyy年M月d日}）：\n\n");
        foreach (var row in rows)
        {
            var u = row.Unit;
            text.Append(CultureInfo.InvariantCulture,
                $"- {u.UnitName}：{u.Status.Chinese()}，发布日期{PublishedOn(u)}，错误{u.Errors}项，警告{u.Warnings}项{(u.ToVerify > 0 ? $"，需人工核实{u.ToVerify}项" : "")}；本周变化：{ChangesText(row, hasLastWeek)}\n");
        }
        var dismissed = Dismissed(rows);
        if (dismissed.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n已排除的问题（经审核认定为系统误读，不计入上表）：{dismissed.Count}项\n");
            foreach (var line in dismissed) text.Append("- ").Append(line).Append('\n');
        }
        text.Append("\n全部问题明细见附件CSV（可用Excel打开）。\n本邮件由政务公开年报监测系统每周自动发送。\n");
        return text.ToString();
    }

    private static List<string> Dismissed(IReadOnlyList<SummaryRow> rows) =>
        [.. rows.SelectMany(r => r.Unit.Dismissed.Select(d => $"{r.Unit.UnitName} {d.Finding.RuleId}（{d.Finding.Location.Describe()}）：{d.Reason ?? "未填写理由"}"))];

    private static string PublishedOn(UnitStanding unit) =>
        unit.PublishedOn is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    private static string ChangesText(SummaryRow row, bool hasLastWeek) =>
        !hasLastWeek ? "首次汇总" : row.Changes.Count == 0 ? "无变化" : string.Join("；", row.Changes);
}
