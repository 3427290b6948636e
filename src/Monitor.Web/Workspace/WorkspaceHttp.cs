using System.Globalization;
using Microsoft.AspNetCore.Http;
using Monitor.Application.Hosting;
using Monitor.Application.Reporting;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Review;
using Monitor.Domain.Summary;

namespace Monitor.Web.Workspace;

/// <summary>
/// The county office's workspace under a base path (standalone <c>/workspace</c>, Azure <c>/api/workspace</c>):
/// <c>GET</c> the overview (<c>?year=&amp;status=&amp;type=&amp;rule=</c>), <c>GET units/{id}</c>, <c>POST
/// units/{id}/reviews/{fingerprint}</c> (form: to, reason, year), <c>GET captures/{name}</c> (the stored original,
/// content type kept), <c>GET export.xlsx</c>. The host has authenticated the caller and names the reviewer.
/// </summary>
public static class WorkspaceHttp
{
    public static async Task<IResult> HandleAsync(HttpRequest request, string? rest, Func<CancellationToken, Task<MonitorHost>> monitor, string basePath, string reviewer)
    {
        var ct = request.HttpContext.RequestAborted;
        var host = await monitor(ct).ConfigureAwait(false);
        var path = (rest ?? "").Trim('/');
        var segments = path.Length == 0 ? [] : path.Split('/');
        if (!TryYear(request, host, out var year))
            return Page(WorkspacePages.Problem(basePath, reviewer, "year 参数应为2008年以来的报告年度。"), StatusCodes.Status400BadRequest);
        var notice = request.Query["notice"].FirstOrDefault();

        if (HttpMethods.IsPost(request.Method))
        {
            // The form posts only to its own site: a page elsewhere cannot make a signed-in browser decide for its user.
            if (request.Headers.Origin.FirstOrDefault() is { Length: > 0 } origin
                && (!Uri.TryCreate(origin, UriKind.Absolute, out var from) || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)))
                return Page(WorkspacePages.Problem(basePath, reviewer, "请求来自其他网站，已拒绝。"), StatusCodes.Status403Forbidden);
            if (segments is ["units", var unitId, "reviews", var fingerprint])
                return await DecideAsync(request, host, unitId, fingerprint, year, basePath, reviewer, ct).ConfigureAwait(false);
            return Page(WorkspacePages.Problem(basePath, reviewer, "不支持的操作。"), StatusCodes.Status404NotFound);
        }

        switch (segments)
        {
            case []:
                var overview = await WorkspaceData.OverviewAsync(host, year, ct).ConfigureAwait(false);
                var filter = new OverviewFilter(Blank(request.Query["status"]), Blank(request.Query["type"]), Blank(request.Query["rule"]));
                return Page(WorkspacePages.Overview(overview, filter, basePath, reviewer, notice));
            case ["units", var unitId]:
                return await WorkspaceData.UnitAsync(host, unitId, year, ct).ConfigureAwait(false) is { } unit
                    ? Page(WorkspacePages.Unit(unit, basePath, reviewer, notice))
                    : Page(WorkspacePages.Problem(basePath, reviewer, $"登记表中没有编号为“{unitId}”的单位。"), StatusCodes.Status404NotFound);
            case ["export.xlsx"]:
                var data = await WorkspaceData.OverviewAsync(host, year, ct).ConfigureAwait(false);
                var workbook = FindingsWorkbook.Render(data.Registry, year, data.Units, data.Reviews);
                return Results.File(workbook, FindingsWorkbook.ContentType, $"{data.Registry.CountyId}-{year}-findings.xlsx");
            case ["captures", ..]:
                return await OriginalAsync(request, host, string.Join('/', segments[1..]), basePath, reviewer, ct).ConfigureAwait(false);
            default:
                return Page(WorkspacePages.Problem(basePath, reviewer, "页面不存在。"), StatusCodes.Status404NotFound);
        }
    }

    private static async Task<IResult> DecideAsync(HttpRequest request, MonitorHost host, string unitId, string fingerprint, int year, string basePath,
        string reviewer, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct).ConfigureAwait(false);
        if (int.TryParse(form["year"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var formYear) && formYear >= 2008) year = formYear;
        if (ReviewStates.FromCode(form["to"].FirstOrDefault()) is not { } to)
            return Page(WorkspacePages.Problem(basePath, reviewer, "缺少审核结论。"), StatusCodes.Status400BadRequest);
        var (record, problem) = await host.Reviews.DecideAsync(unitId, year, fingerprint, to, reviewer, form["reason"].FirstOrDefault(), ct).ConfigureAwait(false);
        var message = record is not null ? $"已将 {record.RuleId}（{record.Location}）标记为“{to.Chinese()}”。" : problem!;
        // Post/redirect/get: a refresh does not submit the decision again.
        return Results.Redirect($"{basePath}/units/{Uri.EscapeDataString(unitId)}?year={year}&notice={Uri.EscapeDataString(message)}", permanent: false, preserveMethod: false);
    }

    private static async Task<IResult> OriginalAsync(HttpRequest request, MonitorHost host, string name, string basePath, string reviewer, CancellationToken ct)
    {
        var captures = host.Services.Stores.Captures;
        var record = name.Length == 0 ? null : await captures.GetAsync(name, ct).ConfigureAwait(false);
        if (record is null || !string.Equals(record.CountyId, host.Services.Registry.CountyId, StringComparison.Ordinal)
            || await captures.OpenReadAsync(name, ct).ConfigureAwait(false) is not { } content)
            return Page(WorkspacePages.Problem(basePath, reviewer, $"找不到留存原件“{name}”。"), StatusCodes.Status404NotFound);
        var type = record.ContentType is { Length: > 0 } given ? given : ContentTypeOf(record.FileExtension);
        var headers = request.HttpContext.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // A captured page is someone else's HTML: shown sandboxed, its scripts never run with the workspace's origin.
        if (type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || type.Contains("html", StringComparison.OrdinalIgnoreCase))
            headers.ContentSecurityPolicy = "sandbox";
        return Results.Stream(content, type, fileDownloadName: null, lastModified: record.FetchedAt, enableRangeProcessing: true);
    }

    private static string ContentTypeOf(string extension) => extension.TrimStart('.').ToLowerInvariant() switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "doc" => "application/msword",
        "html" or "htm" => "text/html; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "jpg" or "jpeg" => "image/jpeg",
        "png" => "image/png",
        _ => "application/octet-stream",
    };

    private static bool TryYear(HttpRequest request, MonitorHost host, out int year)
    {
        var current = ReportingYear.Current(host.Services.Time);
        year = current;
        var text = request.Query["year"].FirstOrDefault();
        if (string.IsNullOrEmpty(text)) return true;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 2008 && year <= current + 1;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
