using System.Globalization;
using System.Text.Json;
using Monitor.Application.Monitoring;
using Monitor.Domain.Email;
using Monitor.Domain.Findings;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Monitor.Application.Hosting;
using Monitor.Web.Http;
using Monitor.Web.Views;

namespace Monitor.Web.Endpoints;

/// <summary>The JSON reply of a successful re-check.</summary>
public sealed record RecheckView(
    string Status,
    string UnitId,
    string UnitName,
    int? Year,
    string Capture,
    string SourceUrl,
    DateOnly? PublishedOn,
    DateTimeOffset FetchedAt,
    bool IsUnitReport,
    int Errors,
    int Warnings,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<SkippedView> Skipped);

/// <summary>
/// POST /api/reports/recheck, body <c>{"unit": "...", "year": 2026}</c> or <c>{"url": "..."}</c>: re-fetch,
/// re-validate and store one report, and answer with its findings — JSON, or a Chinese page when the client prefers
/// HTML. Fetches only URLs on a registry listing's scheme, host and port (403 otherwise: no open proxy). The caller
/// (the RecheckReport function behind the host's key, or the standalone host's key filter) has authenticated.
/// </summary>
public static class RecheckHttp
{
    public const string Route = "/api/reports/recheck";

    public static async Task<IResult> HandleAsync(HttpRequest request, Func<CancellationToken, Task<MonitorHost>> host, ILogger logger)
    {
        var http = request.HttpContext;
        if (request.ContentLength > MaxBodyBytes) return TooLarge(request);
        RecheckRequest? body;
        try
        {
            var bytes = await ReadBoundedAsync(request.Body, http.RequestAborted).ConfigureAwait(false);
            if (bytes is null) return TooLarge(request);
            body = JsonSerializer.Deserialize<RecheckRequest>(bytes, StrictJson);
        }
        catch (JsonException)
        {
            return HttpReplies.Problem(request, StatusCodes.Status400BadRequest, "请求正文应为 JSON：{\"unit\":\"单位编号\",\"year\":2026}（year 为整数）或 {\"url\":\"报告网址\"}。");
        }

        RecheckResult result;
        try
        {
            var monitor = await host(http.RequestAborted).ConfigureAwait(false);
            result = await monitor.Recheck.RunAsync(body ?? new RecheckRequest(), http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Re-check failed");
            return HttpReplies.Problem(request, StatusCodes.Status500InternalServerError, "复核时发生内部错误，请稍后重试或联系系统管理员。");
        }

        return result.Status switch
        {
            RecheckStatus.Checked when result.Report is { Result: { } validation, Capture: { } capture } => Reply(request, result, capture, validation),
            RecheckStatus.Invalid => HttpReplies.Problem(request, StatusCodes.Status400BadRequest, result.Reason!),
            RecheckStatus.Refused => HttpReplies.Problem(request, StatusCodes.Status403Forbidden, result.Reason!),
            RecheckStatus.Unreachable => HttpReplies.Problem(request, StatusCodes.Status502BadGateway, result.Reason!),
            _ => HttpReplies.Problem(request, StatusCodes.Status404NotFound, result.Reason ?? result.Report?.Problem ?? "未找到报告。"),
        };
    }

    /// <summary>A re-check body is a unit id and a year, or one URL (at most 2,048 characters).</summary>
    private const int MaxBodyBytes = 16 * 1024;

    /// <summary>Web defaults, except that a year written as a string ("2026") is a mistake to report, not to guess at.</summary>
    private static readonly JsonSerializerOptions StrictJson = new(JsonSerializerOptions.Web) { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict };

    private static IResult TooLarge(HttpRequest request) =>
        HttpReplies.Problem(request, StatusCodes.Status413PayloadTooLarge, $"请求正文超过{MaxBodyBytes / 1024}KB的上限（复核请求只需单位编号和年度，或一个报告网址）。");

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxBodyBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0) total += read;
        return total > MaxBodyBytes ? null : buffer[..total];
    }

    private static IResult Reply(HttpRequest request, RecheckResult result, Domain.Capture.CaptureRecord capture, Domain.Capture.ValidationRecord validation)
    {
        var unit = result.Unit!;
        if (HttpReplies.PrefersHtml(request))
        {
            var body = $"<p>单位：{HtmlText.Encode(unit.Name)}　年度：{result.Year}　发布日期：{capture.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "未标注"}</p>" +
                       $"<p>报告页面：{HtmlText.Link(capture.SourceUrl, capture.SourceUrl)}　存档：{HtmlText.Encode(capture.Name)}</p>" +
                       $"<p>错误 {validation.Count(Severity.Error)} 项，警告 {validation.Count(Severity.Warning)} 项，提示 {validation.Count(Severity.Info)} 项。</p>" +
                       FindingsHtml.Table(validation.Findings);
            return Results.Content(HttpReplies.Page($"{unit.Name}{result.Year}年度报告复核结果", body), "text/html; charset=utf-8");
        }
        var view = new RecheckView("checked", unit.Id, unit.Name, result.Year, capture.Name, capture.SourceUrl, capture.PublishedOn, capture.FetchedAt,
            result.Report!.IsUnitReport, validation.Count(Severity.Error), validation.Count(Severity.Warning),
            [.. validation.Findings.Select(FindingView.Of)], [.. validation.Skipped.Select(s => new SkippedView(s.RuleId, s.Reason))]);
        return Results.Json(view, HttpReplies.Json, "application/json; charset=utf-8");
    }
}
