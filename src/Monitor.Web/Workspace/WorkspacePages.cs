using System.Globalization;
using System.Text;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;
using Monitor.Domain.Review;
using Monitor.Domain.Rules;
using Monitor.Domain.Summary;

namespace Monitor.Web.Workspace;

/// <summary>Filters of the county overview (query parameters status, type, rule).</summary>
public sealed record OverviewFilter(string? Status, string? Type, string? Rule)
{
    public bool Matches(UnitStanding unit, Domain.Registry.RegisteredUnit? registered) =>
        (Status is null || unit.Status.Code() == Status)
        && (Type is null || registered?.Type.Code() == Type)
        && (Rule is null || unit.Findings.Any(f => f.RuleId == Rule));
}

/// <summary>
/// The workspace's server-rendered Chinese pages: plain HTML forms, one small stylesheet inline, no script and nothing
/// fetched from elsewhere, so they work on an intranet without internet. Every text from a report is encoded.
/// </summary>
public static class WorkspacePages
{
    private static string E(string? text) => System.Net.WebUtility.HtmlEncode(text ?? "");

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    private static string Time(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Layout(string title, string reviewer, string basePath, string body, string? notice = null) =>
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>" + E(title) + "</title>\n<style>" +
        "body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:0;color:#222}header{background:#8b1a1a;color:#fff;padding:10px 24px}" +
        "header a{color:#fff}main{padding:16px 24px}h1{font-size:22px}h2{font-size:18px;margin-top:28px}" +
        "table{border-collapse:collapse;width:100%;font-size:14px}td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}" +
        "th{background:#f3f3f3}.kpis{display:flex;gap:12px;flex-wrap:wrap}.kpi{border:1px solid #ddd;border-radius:6px;padding:10px 16px;min-width:150px}" +
        ".kpi b{display:block;font-size:26px}.state{padding:1px 6px;border-radius:4px;white-space:nowrap}.state-new{background:#fff3cd}" +
        ".state-confirmed{background:#f8d7da}.state-dismissed{background:#e2e3e5}.state-fixed{background:#d1e7dd}.overdue{background:#fde2e2}" +
        ".notice{background:#fff3cd;border:1px solid #e0c060;padding:8px 12px;margin-bottom:12px}form.inline{display:inline}" +
        "input[type=text]{width:12em}.muted{color:#666}svg text{font-size:11px}</style>\n</head><body>" +
        $"<header><a href=\"{E(basePath)}\">审核工作台</a>　审核人：{E(reviewer)}</header><main>" +
        (notice is null ? "" : $"<p class=\"notice\" role=\"status\">{E(notice)}</p>") + body + "</main></body></html>\n";

    public static string Overview(CountyOverview overview, OverviewFilter filter, string basePath, string reviewer, string? notice)
    {
        var registry = overview.Registry;
        var html = new StringBuilder();
        html.Append($"<h1>{E(registry.CountyName)}{overview.Year}年度政府信息公开工作年度报告审核</h1>");
        html.Append($"<p class=\"muted\">截至{overview.Today:yyyy年M月d日}（北京时间）。<a href=\"{E(basePath)}/export.xlsx?year={overview.Year}\">导出Excel</a></p>");
        var rate = overview.Due == 0 ? "—" : (100.0 * overview.OnTime / overview.Due).ToString("0", CultureInfo.InvariantCulture) + "%";
        html.Append("<div class=\"kpis\">")
            .Append($"<div class=\"kpi\" id=\"kpi-ontime\">按时发布率<b>{rate}</b>{overview.OnTime}/{overview.Due}个应发布单位</div>")
            .Append($"<div class=\"kpi\" id=\"kpi-errors\">有错误的单位<b>{overview.WithErrors}</b>共{overview.Units.Count}个单位</div>")
            .Append($"<div class=\"kpi\" id=\"kpi-open\">待处理问题<b>{overview.Open}</b>待核实与已确认</div>")
            .Append($"<div class=\"kpi\" id=\"kpi-fixed\">已整改问题<b>{overview.Settled}</b>更正后的报告中已消失</div>")
            .Append("</div>");
        html.Append("<h2>发布进度</h2>").Append(SeasonChart(overview));

        html.Append($"<h2>各单位情况</h2><form method=\"get\" action=\"{E(basePath)}\" id=\"filter\"><input type=\"hidden\" name=\"year\" value=\"{overview.Year}\">");
        html.Append("状态 <select name=\"status\"><option value=\"\">全部</option>");
        foreach (var s in Enum.GetValues<FilingStatus>())
            html.Append($"<option value=\"{s.Code()}\"{(filter.Status == s.Code() ? " selected" : "")}>{E(s.Chinese())}</option>");
        html.Append("</select> 类型 <select name=\"type\"><option value=\"\">全部</option>");
        foreach (var t in Enum.GetValues<UnitType>().Where(t => registry.Units.Any(u => u.Type == t)))
            html.Append($"<option value=\"{t.Code()}\"{(filter.Type == t.Code() ? " selected" : "")}>{E(t.Chinese())}</option>");
        html.Append("</select> 规则 <select name=\"rule\"><option value=\"\">全部</option>");
        foreach (var rule in overview.Units.SelectMany(u => u.Findings).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal))
            html.Append($"<option value=\"{E(rule)}\"{(filter.Rule == rule ? " selected" : "")}>{E(rule)} {E(RuleCatalog.Find(rule)?.Title)}</option>");
        html.Append("</select> <button type=\"submit\">筛选</button></form>");

        html.Append("<table id=\"units\"><thead><tr><th>单位</th><th>类型</th><th>状态</th><th>期限</th><th>发布日期</th><th>错误</th><th>警告</th><th>需人工核实</th><th>待处理问题</th></tr></thead><tbody>");
        foreach (var unit in overview.Units.OrderBy(u => u.Status.Rank()).ThenByDescending(u => u.Errors).ThenBy(u => u.UnitName, StringComparer.Ordinal))
        {
            var registered = registry.FindUnit(unit.UnitId);
            if (!filter.Matches(unit, registered)) continue;
            var open = overview.ReviewsOf(unit.UnitId).Count(r => r.State.IsOpen());
            html.Append(unit.Status.IsOverdue() ? "<tr class=\"overdue\">" : "<tr>")
                .Append($"<td><a href=\"{E(basePath)}/units/{Uri.EscapeDataString(unit.UnitId)}?year={overview.Year}\">{E(unit.UnitName)}</a></td>")
                .Append($"<td>{E(registered?.Type.Chinese())}</td><td>{E(unit.Status.Chinese())}</td>")
                .Append($"<td>{Date(registered is null ? null : registry.Deadlines.DeadlineFor(registered.Type, overview.Year))}</td><td>{Date(unit.PublishedOn)}</td>")
                .Append($"<td>{unit.Errors}</td><td>{unit.Warnings}</td><td>{unit.ToVerify}</td><td>{open}</td></tr>");
        }
        html.Append("</tbody></table>");
        return Layout($"{registry.CountyName}{overview.Year}年度报告审核工作台", reviewer, basePath, html.ToString(), notice);
    }

    /// <summary>
    /// Reports published per day from 1 January to a week past the last deadline (bars), the share of units published
    /// (line), and each deadline (dashed): an inline SVG, so the chart needs no script and no network.
    /// </summary>
    public static string SeasonChart(CountyOverview overview)
    {
        var registry = overview.Registry;
        var start = new DateOnly(overview.Year + 1, 1, 1);
        var deadlines = registry.Units.Select(u => registry.Deadlines.DeadlineFor(u.Type, overview.Year)).Distinct().Order().ToList();
        var end = deadlines.Count == 0 ? start.AddDays(45) : deadlines[^1].AddDays(7);
        var published = overview.Units.Where(u => u.PublishedOn is not null).Select(u => u.PublishedOn!.Value).ToList();
        var days = Math.Max(1, end.DayNumber - start.DayNumber + 1);
        const int width = 900, height = 220, left = 40, bottom = 30, top = 10;
        var perDay = Enumerable.Range(0, days).Select(i => published.Count(d => d == start.AddDays(i))).ToArray();
        var maxBar = Math.Max(1, perDay.Max());
        var step = (width - left - 10.0) / days;
        var plot = height - bottom - top;
        var svg = new StringBuilder(FormattableString.Invariant(
            $"<svg id=\"season-chart\" role=\"img\" aria-label=\"每日发布数量与累计发布比例\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(FormattableString.Invariant($"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - 10}\" y2=\"{height - bottom}\" stroke=\"#999\"/>"));
        var cumulative = 0;
        var points = new List<string>();
        var total = Math.Max(1, overview.Units.Count);
        for (var i = 0; i < days; i++)
        {
            var x = left + i * step;
            var h = plot * perDay[i] / (double)maxBar;
            if (perDay[i] > 0)
                svg.Append(FormattableString.Invariant($"<rect x=\"{x + 1:0.#}\" y=\"{height - bottom - h:0.#}\" width=\"{Math.Max(1, step - 2):0.#}\" height=\"{h:0.#}\" fill=\"#c0504d\"><title>{start.AddDays(i):M月d日}：{perDay[i]}份</title></rect>"));
            cumulative += perDay[i];
            points.Add(FormattableString.Invariant($"{x + step / 2:0.#},{height - bottom - plot * cumulative / (double)total:0.#}"));
            var day = start.AddDays(i);
            if (day.Day == 1 || day.Day % 7 == 0)
                svg.Append(FormattableString.Invariant($"<text x=\"{x:0.#}\" y=\"{height - 12}\">{day.Month}/{day.Day}</text>"));
        }
        svg.Append($"<polyline fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"><title>累计发布比例</title></polyline>");
        foreach (var deadline in deadlines.Where(d => d >= start && d <= end))
        {
            var x = left + (deadline.DayNumber - start.DayNumber + 1) * step;
            svg.Append(FormattableString.Invariant($"<line x1=\"{x:0.#}\" y1=\"{top}\" x2=\"{x:0.#}\" y2=\"{height - bottom}\" stroke=\"#444\" stroke-dasharray=\"4 3\"/>"))
               .Append(FormattableString.Invariant($"<text x=\"{x + 3:0.#}\" y=\"{top + 12}\">期限 {deadline.Month}/{deadline.Day}</text>"));
        }
        svg.Append(FormattableString.Invariant($"<text x=\"4\" y=\"{top + 12}\">{maxBar}份</text><text x=\"{left + 4}\" y=\"{top + 28}\" fill=\"#1f4e79\">累计已发布 {cumulative}/{overview.Units.Count}个单位</text>"));
        return svg.Append("</svg>").ToString();
    }

    public static string Unit(UnitPage page, string basePath, string reviewer, string? notice)
    {
        var unit = page.Unit;
        var html = new StringBuilder();
        html.Append($"<p><a href=\"{E(basePath)}?year={page.Year}\">← 返回全县概况</a></p>");
        html.Append($"<h1>{E(unit.Name)} {page.Year}年度报告</h1>");
        html.Append($"<p>类型：{E(unit.Type.Chinese())}　状态：<b id=\"unit-status\">{E(page.Standing.Status.Chinese())}</b>　期限：{Date(page.Deadline)}　发布日期：{Date(page.Standing.PublishedOn)}</p>");

        html.Append("<h2>报告版本</h2><table id=\"captures\"><thead><tr><th>版本</th><th>抓取时间</th><th>发布日期</th><th>标题</th><th>留存原件</th><th>原网址</th></tr></thead><tbody>");
        if (page.Captures.Count == 0) html.Append("<tr><td colspan=\"6\">尚未留存该年度的报告。</td></tr>");
        foreach (var c in page.Captures)
        {
            html.Append($"<tr><td>第{c.Version}版</td><td>{Time(c.FetchedAt)}</td><td>{Date(c.PublishedOn)}</td><td>{E(c.PageTitle)}</td>")
                .Append($"<td><a class=\"original\" href=\"{E(basePath)}/captures/{E(c.Name)}\" target=\"_blank\" rel=\"noopener\">查看原件（{E(c.FileExtension.TrimStart('.'))}）</a></td>")
                .Append($"<td><a href=\"{E(c.SourceUrl)}\" rel=\"noreferrer\">{E(Shorten(c.SourceUrl))}</a></td></tr>");
        }
        html.Append("</tbody></table>");

        html.Append("<h2>问题与审核</h2><table id=\"findings\"><thead><tr><th>规则</th><th>级别</th><th>位置</th><th>应为</th><th>实际</th><th>原文引用</th><th>说明</th><th>审核</th></tr></thead><tbody>");
        if (page.Findings.Count == 0) html.Append("<tr><td colspan=\"8\">最新版本未发现问题。</td></tr>");
        foreach (var (finding, review) in page.Findings)
        {
            html.Append($"<tr data-rule=\"{E(finding.RuleId)}\"><td>{E(finding.RuleId)}<br><span class=\"muted\">{E(RuleCatalog.Find(finding.RuleId)?.Title)}</span></td>")
                .Append($"<td>{E(finding.Label())}</td><td>{E(finding.Location.Describe())}</td><td>{E(finding.Expected)}</td><td>{E(finding.Found)}</td>")
                .Append($"<td>{E(finding.Location.TextSpan)}</td><td>{E(finding.Message)}</td><td>");
            html.Append(review is null ? "<span class=\"muted\">不需审核（提示或期限类问题）</span>" : ReviewCell(review, basePath, page.Year));
            html.Append("</td></tr>");
        }
        html.Append("</tbody></table>");

        if (page.Settled.Count > 0)
        {
            html.Append("<h2>已不在最新版本中的问题</h2><table id=\"settled\"><thead><tr><th>规则</th><th>位置</th><th>实际</th><th>说明</th><th>审核</th></tr></thead><tbody>");
            foreach (var r in page.Settled)
                html.Append($"<tr><td>{E(r.RuleId)}</td><td>{E(r.Location)}</td><td>{E(r.Found)}</td><td>{E(r.Message)}</td><td>{ReviewCell(r, basePath, page.Year)}</td></tr>");
            html.Append("</tbody></table>");
        }

        html.Append("<h2>审核记录</h2><table id=\"audit\"><thead><tr><th>时间（北京时间）</th><th>审核人</th><th>问题</th><th>变更</th><th>理由</th></tr></thead><tbody>");
        var rules = page.Findings.Where(f => f.Review is not null).Select(f => f.Review!).Concat(page.Settled)
            .ToDictionary(r => r.Fingerprint, r => r.RuleId, StringComparer.Ordinal);
        if (page.History.Count == 0) html.Append("<tr><td colspan=\"5\">暂无记录。</td></tr>");
        foreach (var e in page.History.OrderByDescending(e => e.At))
        {
            html.Append($"<tr><td>{Time(e.At)}</td><td>{E(e.Actor)}</td><td>{E(rules.GetValueOrDefault(e.Fingerprint, e.Fingerprint))}</td>")
                .Append($"<td>{E(e.From?.Chinese() ?? "（新）")} → {E(e.To.Chinese())}</td><td>{E(e.Reason)}</td></tr>");
        }
        html.Append("</tbody></table>");
        return Layout($"{unit.Name}{page.Year}年度报告审核", reviewer, basePath, html.ToString(), notice);
    }

    private static string ReviewCell(ReviewRecord review, string basePath, int year)
    {
        var action = $"{E(basePath)}/units/{Uri.EscapeDataString(review.UnitId)}/reviews/{review.Fingerprint}";
        var cell = new StringBuilder($"<span class=\"state state-{review.State.Code()}\" data-fingerprint=\"{review.Fingerprint}\">{E(review.State.Chinese())}</span>");
        if (review.Reason is not null) cell.Append($"<br><span class=\"muted\">理由：{E(review.Reason)}</span>");
        if (review.FixedBy is not null) cell.Append($"<br><a href=\"{E(basePath)}/captures/{E(review.FixedBy)}\">整改后的版本</a>");
        string Form(string to, string label, bool withReason) =>
            $"<form class=\"inline\" method=\"post\" action=\"{action}\"><input type=\"hidden\" name=\"year\" value=\"{year}\"><input type=\"hidden\" name=\"to\" value=\"{to}\">" +
            (withReason ? "<input type=\"text\" name=\"reason\" required maxlength=\"500\" placeholder=\"排除理由（必填）\" aria-label=\"排除理由\">" : "") +
            $"<button type=\"submit\" name=\"do\" value=\"{to}\">{label}</button></form>";
        cell.Append("<div>");
        if (review.State == ReviewState.New) cell.Append(Form("confirmed", "确认", false));
        if (review.State.IsOpen()) cell.Append(Form("dismissed", "排除", true));
        if (review.State is ReviewState.Confirmed or ReviewState.Dismissed or ReviewState.Fixed) cell.Append(Form("new", "重新打开", false));
        return cell.Append("</div>").ToString();
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "…";

    public static string Login(string basePath, string? problem) => Layout("登录审核工作台", "（未登录）", basePath,
        "<h1>登录审核工作台</h1>" + (problem is null ? "" : $"<p class=\"notice\">{E(problem)}</p>") +
        $"<form method=\"post\" action=\"{E(basePath)}/login\"><p>访问密钥 <input type=\"password\" name=\"key\" required aria-label=\"访问密钥\"></p>" +
        "<p>审核人姓名 <input type=\"text\" name=\"reviewer\" required maxlength=\"40\" aria-label=\"审核人姓名\"></p><p><button type=\"submit\">进入</button></p></form>");

    public static string Problem(string basePath, string reviewer, string message) =>
        Layout("无法完成请求", reviewer, basePath, $"<h1>无法完成请求</h1><p>{E(message)}</p>");
}
