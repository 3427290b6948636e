using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Monitor.Domain.Capture;
using Monitor.FunctionApp.Functions;

namespace Monitor.FunctionApp.Tests;

/// <summary>
/// Each function called directly, as the worker invokes it, over the local-folder stores and the fixture county: timers
/// (also past due) do their work, a crawl message stores captures, a capture is validated, and input that can never
/// succeed completes instead of throwing (a throw means "retry" to the host).
/// </summary>
public sealed class FunctionTests : IAsyncLifetime
{
    private FunctionHarness harness = null!;

    public async Task InitializeAsync() => harness = await FunctionHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private async Task<IReadOnlyList<CaptureRecord>> CapturesOf(string unit) =>
        await (await harness.HostAsync()).Services.Stores.Captures.ListAsync("qingshui", unit);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Timers_run_their_work_also_when_past_due(bool pastDue)
    {
        await harness.Function<ScheduleCrawl>().Run(FunctionHarness.Timer(pastDue), CancellationToken.None);
        await harness.Function<CheckDeadlines>().Run(FunctionHarness.Timer(pastDue), CancellationToken.None);
        await harness.Function<WeeklySummary>().Run(FunctionHarness.Timer(pastDue), CancellationToken.None);

        var host = await harness.HostAsync();
        Assert.Equal(10, host.LocalQueue!.Peek(Application.Queues.QueueNames.CrawlRequests).Count);
        Assert.NotEmpty(await host.Services.Notifications.Outbox.ListAsync());
    }

    [Fact]
    public async Task A_crawl_request_stores_the_units_captures()
    {
        await harness.Function<CrawlUnit>().Run("""{"unit":"xutao"}""", CancellationToken.None);

        Assert.NotEmpty(await CapturesOf("xutao"));
    }

    [Theory]
    [InlineData("""{"unit":"no-such-unit"}""")]
    [InlineData("""{"town":"xutao"}""")]
    [InlineData("not json at all")]
    public async Task A_crawl_request_that_cannot_succeed_completes_without_a_retry(string message) =>
        await harness.Function<CrawlUnit>().Run(message, CancellationToken.None);

    [Fact]
    public async Task A_stored_capture_is_validated_and_its_result_kept()
    {
        await harness.Function<CrawlUnit>().Run("""{"unit":"xutao"}""", CancellationToken.None);
        var capture = (await CapturesOf("xutao")).First();

        await harness.Function<ValidateCapture>().Run(harness.Blob(capture.Name), capture.Name, CancellationToken.None);

        Assert.NotNull(await (await harness.HostAsync()).Services.Stores.Results.GetLatestAsync(capture.Name));
    }

    [Fact]
    public async Task A_poison_capture_ends_in_stored_findings_and_does_not_throw()
    {
        var host = await harness.HostAsync();
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        var saved = await host.Services.Stores.Captures.SaveAsync(new CaptureDraft("qingshui", "xutao", 2025, "http://xutao.qs.test/ndbg/P1.pdf", "年报",
            "application/pdf", "pdf", harness.Clock.GetUtcNow()), noise);

        await harness.Function<ValidateCapture>().Run(harness.Blob(saved.Record.Name), saved.Record.Name, CancellationToken.None);
        await harness.Function<ValidateCapture>().Run(harness.Blob(saved.Record.Name), saved.Record.Name, CancellationToken.None);

        var result = await host.Services.Stores.Results.GetLatestAsync(saved.Record.Name);
        Assert.Contains(result!.Findings, f => f.RuleId == "S05");
    }

    [Fact]
    public async Task A_blob_without_a_capture_record_is_logged_not_retried()
    {
        const string name = "qingshui/xutao/2025/20260210T000000Z-000000000000.html";

        await harness.Function<ValidateCapture>().Run(harness.Blob(name), name, CancellationToken.None);

        Assert.Null(await (await harness.HostAsync()).Services.Stores.Results.GetLatestAsync(name));
    }

    [Fact]
    public async Task Send_alerts_for_a_message_not_in_the_outbox_completes() =>
        await harness.Function<SendAlerts>().Run("alert-does-not-exist", CancellationToken.None);

    private async Task<(int Status, JsonElement Body)> ExecuteAsync(IActionResult result, HttpContext context)
    {
        var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        return (context.Response.StatusCode, JsonDocument.Parse(body.ToArray()).RootElement);
    }

    private DefaultHttpContext Request(string method, string path, string? json = null)
    {
        var context = new DefaultHttpContext { RequestServices = harness.Services };
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.Headers.Accept = "application/json";
        if (json is not null)
        {
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        }
        return context;
    }

    [Fact]
    public async Task The_dashboard_function_answers_the_same_json_as_the_standalone_route()
    {
        var context = Request("GET", "/api/dashboard");

        var (status, body) = await ExecuteAsync(await harness.Function<Dashboard>().Run(context.Request), context);

        Assert.Equal(200, status);
        Assert.Equal(2025, body.GetProperty("year").GetInt32());
        Assert.Equal(10, body.GetProperty("units").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"year":2026}""", 400)]
    [InlineData("""{"url":"http://elsewhere.example/report.html"}""", 403)]
    public async Task The_recheck_function_answers_bad_requests_with_the_shared_reasons(string json, int expected)
    {
        var context = Request("POST", "/api/reports/recheck", json);

        var (status, body) = await ExecuteAsync(await harness.Function<RecheckReport>().Run(context.Request), context);

        Assert.Equal(expected, status);
        Assert.Contains(body.GetProperty("reason").GetString()!, c => c is >= '\u4e00' and <= '\u9fff');
    }

    [Fact]
    public async Task The_workspace_function_shows_nothing_without_a_signed_in_principal_and_names_the_reviewer_with_one()
    {
        var anonymous = Request("GET", "/api/workspace");
        var signedIn = Request("GET", "/api/workspace");
        signedIn.Request.Headers[Workspace.PrincipalHeader] = "wang@qs.gov.cn";

        var refused = await harness.Function<Workspace>().Run(anonymous.Request, null);
        var shown = await harness.Function<Workspace>().Run(signedIn.Request, null);

        var body = new MemoryStream();
        anonymous.Response.Body = body;
        await refused.ExecuteResultAsync(new ActionContext(anonymous, new RouteData(), new ActionDescriptor()));
        Assert.Equal(401, anonymous.Response.StatusCode);
        Assert.Contains("统一身份认证", Encoding.UTF8.GetString(body.ToArray()), StringComparison.Ordinal);
        var page = new MemoryStream();
        signedIn.Response.Body = page;
        await shown.ExecuteResultAsync(new ActionContext(signedIn, new RouteData(), new ActionDescriptor()));
        Assert.Equal(200, signedIn.Response.StatusCode);
        Assert.Contains("审核人：wang@qs.gov.cn", Encoding.UTF8.GetString(page.ToArray()), StringComparison.Ordinal);
    }
}
