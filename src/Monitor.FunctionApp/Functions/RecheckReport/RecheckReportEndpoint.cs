using System.Globalization;
using System.Text.Json;
using Monitor.Application.Monitoring;
using Monitor.Domain.Email;
using Monitor.Domain.Findings;
using Monitor.FunctionApp.CustomHandler;
using Monitor.FunctionApp.Hosting;
using Monitor.FunctionApp.Views;

namespace Monitor.FunctionApp.Functions.RecheckReport;

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
/// HTTP POST /api/reports/recheck (proxied), body <c>{"unit": "...", "year": 2026}</c> or <c>{"url": "..."}</c>:
/// re-fetch, re-validate and store one report, and answer with its findings — JSON, or a Chinese page when the
/// client prefers HTML. Requires the key; fetches only URLs on registry hosts (403 otherwise: no open proxy).
/// </summary>
public static class RecheckReportEndpoint
{
    public const string Name = "RecheckReport";
    public const string Route = "/api/reports/recheck";

    public static void Map(IEndpointRouteBuilder app) => app.MapPost(Route, RunAsync).AsFunction(Name);

    private static async Task<IResult> RunAsync(HttpContext http, MonitorHostProvider provider, ILoggerFactory logs)
    {
        var request = http.Request;
        if (!FunctionKey.IsValid(request, provider.Settings.RecheckApiKey)) return FunctionKey.Unauthorized(request);
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
            return HandlerResults.Problem(request, StatusCodes.Status400BadRequest, "请求正文应为 JSON：{\"unit\":\"单位编号\",\"year\":2026}（year 为整数）或 {\"url\":\"报告网址\"}。");
        }

        RecheckResult result;
        try
        {
            var host = await provider.GetAsync(http.RequestAborted).ConfigureAwait(false);
            result = await host.Recheck.RunAsync(body ?? new RecheckRequest(), http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logs.CreateLogger(typeof(RecheckReportEndpoint).FullName!).LogError(e, "Re-check failed");
            return HandlerResults.Problem(request, StatusCodes.Status500InternalServerError, "复核时发生内部错误，请稍后重试或联系系统管理员。");
        }

        return result.Status switch
        {
            RecheckStatus.Checked when result.Report is { Result: { } validation, Capture: { } capture } => Reply(request, result, capture, validation),
            RecheckStatus.Invalid => HandlerResults.Problem(request, StatusCodes.Status400BadRequest, result.Reason!),
            RecheckStatus.Refused => HandlerResults.Problem(request, StatusCodes.Status403Forbidden, result.Reason!),
            RecheckStatus.Unreachable => HandlerResults.Problem(request, StatusCodes.Status502BadGateway, result.Reason!),
            _ => HandlerResults.Problem(request, StatusCodes.Status404NotFound, result.Reason ?? result.Report?.Problem ?? "未找到报告。"),
        };
    }

    /// <summary>A re-check body is a unit id and a year, or one URL (at most 2,048 characters).</summary>
    private const int MaxBodyBytes = 16 * 1024;

    /// <summary>Web defaults, except that a year written as a string ("2026") is a mistake to report, not to guess at.</summary>
    private static readonly JsonSerializerOptions StrictJson = new(JsonSerializerOptions.Web) { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict };

    private static IResult TooLarge(HttpRequest request) =>
        HandlerResults.Problem(request, StatusCodes.Status413PayloadTooLarge, $"请求正文超过{MaxBodyBytes / 1024}KB的上限（复核请求只需单位编号和年度，或一个报告网址）。");

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
        if (HandlerResults.PrefersHtml(request))
        {
            var body = $"<p>单位：{HtmlText.Encode(unit.Name)}　年度：{result.Year}　发布日期：{capture.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "未标注"}</p>" +
                       $"<p>报告页面：{HtmlText.Link(capture.SourceUrl, capture.SourceUrl)}　存档：{HtmlText.Encode(capture.Name)}</p>" +
                       $"<p>错误 {validation.Count(Severity.Error)} 项，警告 {validation.Count(Severity.Warning)} 项，提示 {validation.Count(Severity.Info)} 项。</p>" +
                       FindingsHtml.Table(validation.Findings);
            return Results.Content(HandlerResults.Page($"{unit.Name}{result.Year}年度报告复核结果", body), "text/html; charset=utf-8");
        }
        var view = new RecheckView("checked", unit.Id, unit.Name, result.Year, capture.Name, capture.SourceUrl, capture.PublishedOn, capture.FetchedAt,
            result.Report!.IsUnitReport, validation.Count(Severity.Error), validation.Count(Severity.Warning),
            [.. validation.Findings.Select(FindingView.Of)], [.. validation.Skipped.Select(s => new SkippedView(s.RuleId, s.Reason))]);
        return Results.Json(view, HandlerResults.Json, "application/json; charset=utf-8");
    }
}
