using System.Globalization;
using System.Text;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Email;
using Monitor.Domain.Rules;
using Monitor.Domain.Summary;
using Microsoft.AspNetCore.Http;
using Monitor.Application.Hosting;
using Monitor.Web.Http;
using Monitor.Web.Views;

namespace Monitor.Web.Endpoints;

/// <summary>One unit's line on the dashboard.</summary>
public sealed record DashboardUnit(
    string Id,
    string Name,
    string Type,
    string Status,
    string StatusText,
    DateOnly Deadline,
    DateOnly? PublishedOn,
    int Errors,
    int Warnings,
    int ToVerify,
    string? Capture,
    string? PublishedUrl,
    IReadOnlyList<FindingView> Findings);

public sealed record DashboardView(string County, int Year, DateTimeOffset GeneratedAt, IReadOnlyList<DashboardUnit> Units);

/// <summary>
/// GET /api/dashboard[?year=2026]: the filing status of every unit of the county for a reporting year (default: the
/// current one), overdue units first — JSON, or a Chinese page when the client prefers HTML. The caller has authenticated.
/// </summary>
public static class DashboardHttp
{
    public const string Route = "/api/dashboard";

    public static async Task<IResult> HandleAsync(HttpRequest request, Func<CancellationToken, Task<MonitorHost>> monitor)
    {
        var http = request.HttpContext;
        var host = await monitor(http.RequestAborted).ConfigureAwait(false);
        var time = host.Services.Time;
        var year = ReportingYear.Current(time);
        if (request.Query.TryGetValue("year", out var text)
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < 2008 || year > ReportingYear.Current(time) + 1))
        {
            return HttpReplies.Problem(request, StatusCodes.Status400BadRequest, $"year 参数应为报告年度（2008 至 {ReportingYear.Current(time) + 1}），实际为“{text}”。");
        }

        var registry = host.Services.Registry;
        var standings = (await host.Summary.StandingsAsync(year, http.RequestAborted).ConfigureAwait(false))
            .OrderBy(u => u.Status.Rank()).ThenByDescending(u => u.Errors).ThenBy(u => u.UnitName, StringComparer.Ordinal).ToList();
        var units = standings.Select(u =>
        {
            var type = registry.FindUnit(u.UnitId)!.Type;
            return new DashboardUnit(u.UnitId, u.UnitName, type.Code(), u.Status.Code(), u.Status.Chinese(), registry.Deadlines.DeadlineFor(type, year),
                u.PublishedOn, u.Errors, u.Warnings, u.ToVerify, u.CaptureName, u.PublishedUrl, [.. u.Findings.Select(FindingView.Of)]);
        }).ToList();

        if (!HttpReplies.PrefersHtml(request))
            return Results.Json(new DashboardView(registry.CountyName, year, time.GetUtcNow(), units), HttpReplies.Json, "application/json; charset=utf-8");

        var html = new StringBuilder($"<p>截至{ChinaTime.Today(time):yyyy年M月d日}：")
            .Append(string.Join("，", Enum.GetValues<FilingStatus>().Select(s => $"{s.Chinese()}{standings.Count(u => u.Status == s)}个")))
            .Append("</p><table><tr><th>单位</th><th>状态</th><th>期限</th><th>发布日期</th><th>错误</th><th>警告</th><th>需人工核实</th><th>报告</th></tr>");
        foreach (var u in units)
        {
            html.Append("<tr><td>").Append(HtmlText.Encode(u.Name)).Append("</td><td>").Append(HtmlText.Encode(u.StatusText))
                .Append("</td><td>").Append(u.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(u.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—")
                .Append("</td><td>").Append(u.Errors).Append("</td><td>").Append(u.Warnings).Append("</td><td>").Append(u.ToVerify).Append("</td><td>")
                .Append(u.PublishedUrl is { } url ? HtmlText.Link(url, "查看") : "—").Append("</td></tr>");
        }
        html.Append("</table>");
        return Results.Content(HttpReplies.Page($"{registry.CountyName}{year}年度政府信息公开工作年度报告公开情况", html.ToString()), "text/html; charset=utf-8");
    }
}
