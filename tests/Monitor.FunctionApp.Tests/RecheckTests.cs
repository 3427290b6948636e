using Monitor.Domain.Checking;
using Monitor.Domain.Registry;

namespace Monitor.FunctionApp.Tests;

/// <summary>
/// POST /api/reports/recheck: refuses without the key (401) and for URLs off the registry (403, with the reason:
/// no open proxy), and for a report URL answers with exactly the findings the report engine gives the same bytes
/// with the same context.
/// </summary>
public sealed class RecheckTests : IAsyncLifetime
{
    private const string XutaoReport = "http://xutao.qs.test/ndbg/202601/t20260120_101.html";
    private HandlerServer server = null!;

    public async Task InitializeAsync() => server = await HandlerServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Without_the_right_key_the_answer_is_401(string? key)
    {
        var reply = await server.RecheckAsync(new { url = XutaoReport }, key);

        Assert.Equal(401, reply.Status);
        Assert.Contains("密钥", reply.Json.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://169.254.169.254/metadata/instance")]
    [InlineData("http://127.0.0.1:22/")]
    [InlineData("https://www.example.com/report.html")]
    public async Task A_url_off_the_registry_is_refused_with_the_reason(string url)
    {
        var reply = await server.RecheckAsync(new { url });

        Assert.Equal(403, reply.Status);
        Assert.Contains("不是登记表中任何单位的网站", reply.Json.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, server.Portal.Requests);
    }

    [Theory]
    [InlineData("""{"unit":"no-such-unit","year":2025}""", 404)]
    [InlineData("""{"year":2025}""", 400)]
    [InlineData("""{"url":"not a url"}""", 400)]
    public async Task Bad_requests_get_a_clear_status_and_reason(string body, int status)
    {
        var reply = await server.RecheckAsync(System.Text.Json.JsonDocument.Parse(body).RootElement);

        Assert.Equal(status, reply.Status);
        Assert.False(string.IsNullOrWhiteSpace(reply.Json.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_report_url_is_fetched_stored_and_answered_with_the_same_findings_as_the_engine_on_those_bytes()
    {
        var reply = await server.RecheckAsync(new { url = XutaoReport });

        Assert.True(reply.Status == 200, reply.Body);
        var json = reply.Json;
        var capture = json.GetProperty("capture").GetString()!;
        var host = await server.HostAsync();
        var record = (await host.Services.Stores.Captures.GetAsync(capture))!;
        await using var stream = (await host.Services.Stores.Captures.OpenReadAsync(capture))!;
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        var unit = host.Services.Registry.FindUnit("xutao")!;
        var expected = new ReportChecker().Validate(new ReportChecker().Read(bytes.ToArray(), "t20260120_101.html", record.ContentType), new CheckOptions
        {
            UnitType = unit.Type,
            RegisteredUnitName = unit.Name,
            ExpectedYear = record.ReportYear,
            PublishedOn = record.PublishedOn,
            FirstSeenAt = record.FirstSeenAt,
            Deadline = host.Services.Registry.Deadlines.DeadlineFor(unit.Type, 2025),
        }, peers: []);

        Assert.Equal(("xutao", 2025), (json.GetProperty("unitId").GetString(), json.GetProperty("year").GetInt32()));
        Assert.Equal(
            expected.Validation.Findings.Select(f => (f.RuleId, f.Location.Describe(), f.Expected, f.Found)).Order(),
            json.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("rule").GetString()!,
                f.GetProperty("location").GetProperty("display").GetString()!, f.GetProperty("expected").GetString(), f.GetProperty("found").GetString())).Order());
    }

    [Fact]
    public async Task A_page_that_only_links_to_its_report_is_answered_with_the_attachment()
    {
        var reply = await server.RecheckAsync(new { url = "http://lianhua.qs.test/gk/ndbg/t20260129_5.html" });

        Assert.True(reply.Status == 200, reply.Body);
        Assert.EndsWith(".docx", reply.Json.GetProperty("capture").GetString(), StringComparison.Ordinal);
        Assert.True(reply.Json.GetProperty("isUnitReport").GetBoolean());
    }

    [Fact]
    public async Task A_unit_and_year_recrawls_the_unit_and_a_browser_gets_a_chinese_page()
    {
        var reply = await server.RecheckAsync(new { unit = "hexi", year = 2025 }, accept: "text/html,application/xhtml+xml;q=0.9");

        Assert.Equal(200, reply.Status);
        Assert.Equal("text/html", reply.ContentType);
        Assert.Contains("青水县河西街道办事处2025年度报告复核结果", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_lists_every_unit_with_its_status_and_needs_the_key()
    {
        await server.RecheckAsync(new { unit = "hexi", year = 2025 });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard?year=2025");
        request.Headers.Add("x-functions-key", HandlerServer.Key);
        using var response = await server.Client.SendAsync(request);
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        using var anonymous = await server.Client.GetAsync("/api/dashboard");

        Assert.Equal(401, (int)anonymous.StatusCode);
        Assert.Equal(200, (int)response.StatusCode);
        var units = json.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("id").GetString()!, u => u.GetProperty("status").GetString());
        Assert.Equal(RegistryLoader.Load(File.ReadAllText(Path.Combine(HandlerServer.PortalFolder, "registry.json"))).Registry!.Units.Count, units.Count);
        Assert.Equal("on-time", units["hexi"]);
    }
}
