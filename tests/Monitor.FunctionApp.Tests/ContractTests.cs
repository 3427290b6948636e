using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Domain.Capture;
using Monitor.FunctionApp.CustomHandler;

namespace Monitor.FunctionApp.Tests;

/// <summary>
/// The handler answers every payload shape the Functions host sends — timers (also past due), queue messages with
/// double-encoded strings or base64, blob-trigger metadata, proxied HTTP — with 2xx JSON holding Outputs, Logs and
/// ReturnValue; and every function folder has exactly one endpoint and every endpoint a folder.
/// </summary>
public sealed class ContractTests : IAsyncLifetime
{
    private HandlerServer server = null!;

    public async Task InitializeAsync() => server = await HandlerServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static void AssertHostReply(HandlerReply reply, int status = 200)
    {
        Assert.True(reply.Status == status, $"{reply.Status}: {reply.Body}");
        Assert.Equal("application/json", reply.ContentType);
        var json = reply.Json;
        Assert.Equal(JsonValueKind.Object, json.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("Logs").ValueKind);
        Assert.True(json.TryGetProperty("ReturnValue", out _));
    }

    [Fact]
    public async Task Readiness_ping_answers_without_a_key()
    {
        var reply = await server.Client.GetStringAsync("/");

        Assert.Equal("ready", reply);
    }

    [Theory]
    [InlineData("ScheduleCrawl", false)]
    [InlineData("ScheduleCrawl", true)]
    [InlineData("CheckDeadlines", false)]
    [InlineData("CheckDeadlines", true)]
    [InlineData("WeeklySummary", false)]
    public async Task Timer_invocations_reply_2xx_json(string function, bool pastDue)
    {
        var reply = await server.TimerAsync(function, pastDue);

        AssertHostReply(reply);
        Assert.NotEmpty(reply.Logs);
    }

    [Fact]
    public async Task Crawl_request_double_encoded_or_base64_crawls_the_unit()
    {
        var plain = await server.InvokeAsync("CrawlUnit", Payloads.Queue("CrawlUnit", "request", """{"unit":"xutao"}"""));
        var base64 = await server.InvokeAsync("CrawlUnit", new
        {
            Data = new { request = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"unit":"hexi"}""")) },
            Metadata = new { DequeueCount = "1" },
        });

        AssertHostReply(plain);
        AssertHostReply(base64);
        Assert.Contains(plain.Logs, l => l.StartsWith("xutao: New", StringComparison.Ordinal));
        Assert.Contains(base64.Logs, l => l.StartsWith("hexi: New", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"unit":"no-such-unit"}""", "not in the registry")]
    [InlineData("""{"town":"xutao"}""", "names no unit")]
    [InlineData("not json at all", "not JSON")]
    public async Task A_crawl_request_that_cannot_succeed_is_not_retried(string message, string logged)
    {
        var reply = await server.InvokeAsync("CrawlUnit", Payloads.Queue("CrawlUnit", "request", message));

        AssertHostReply(reply);
        Assert.Contains(reply.Logs, l => l.Contains(logged, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Blob_trigger_validates_the_capture_named_in_the_metadata()
    {
        var crawl = await server.InvokeAsync("CrawlUnit", Payloads.Queue("CrawlUnit", "request", """{"unit":"xutao"}"""));
        var name = crawl.Logs.Single(l => l.StartsWith("captured ", StringComparison.Ordinal))["captured ".Length..];

        var reply = await server.InvokeAsync("ValidateCapture", Payloads.Blob(name));

        AssertHostReply(reply);
        Assert.Equal(name, reply.Json.GetProperty("ReturnValue").GetProperty("capture").GetString());
        var host = await server.HostAsync();
        Assert.NotNull(await host.Services.Stores.Results.GetLatestAsync(name));
    }

    [Fact]
    public async Task A_poison_capture_ends_in_stored_findings_and_is_not_retried()
    {
        var host = await server.HostAsync();
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        var saved = await host.Services.Stores.Captures.SaveAsync(new CaptureDraft("qingshui", "xutao", 2025, "http://xutao.qs.test/ndbg/P1.pdf", "年报",
            "application/pdf", "pdf", server.Clock.GetUtcNow()), noise);

        var first = await server.InvokeAsync("ValidateCapture", Payloads.Blob(saved.Record.Name));
        var again = await server.InvokeAsync("ValidateCapture", Payloads.Blob(saved.Record.Name));

        AssertHostReply(first);
        AssertHostReply(again);
        var result = await host.Services.Stores.Results.GetLatestAsync(saved.Record.Name);
        Assert.Contains(result!.Findings, f => f.RuleId == "S05");
    }

    [Fact]
    public async Task Blob_trigger_for_a_blob_without_a_capture_record_is_logged_not_retried()
    {
        var reply = await server.InvokeAsync("ValidateCapture", Payloads.Blob("qingshui/xutao/2025/20260210T000000Z-000000000000.html"));

        AssertHostReply(reply);
        Assert.Contains(reply.Logs, l => l.Contains("No capture record", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_alerts_for_a_message_not_in_the_outbox_replies_2xx()
    {
        var reply = await server.InvokeAsync("SendAlerts", Payloads.Queue("SendAlerts", "alert", "alert-does-not-exist"));

        AssertHostReply(reply);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_answered_not_retried()
    {
        using var content = new StringContent("{{{", Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync("/ScheduleCrawl", content);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Every_function_folder_has_one_endpoint_and_every_endpoint_a_folder()
    {
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<FunctionNameMetadata>()?.Name)
            .OfType<string>()
            .ToList();
        var folders = FunctionLayout.FunctionFolders().Select(Path.GetFileName).OfType<string>().ToList();

        Assert.Equal(folders.Order(StringComparer.Ordinal), endpoints.Order(StringComparer.Ordinal));
    }
}
