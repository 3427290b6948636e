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
    private StandaloneServer server = null!;

    public async Task InitializeAsync() => server = await StandaloneServer.StartAsync();

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
        request.Headers.Add("x-functions-key", StandaloneServer.Key);
        using var response = await server.Client.SendAsync(request);
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        using var anonymous = await server.Client.GetAsync("/api/dashboard");

        Assert.Equal(401, (int)anonymous.StatusCode);
        Assert.Equal(200, (int)response.StatusCode);
        var units = json.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("id").GetString()!, u => u.GetProperty("status").GetString());
        Assert.Equal(RegistryLoader.Load(File.ReadAllText(Path.Combine(StandaloneServer.PortalFolder, "registry.json"))).Registry!.Units.Count, units.Count);
        Assert.Equal("on-time", units["hexi"]);
        Assert.All(units.Where(u => u.Key != "hexi"), u => Assert.Equal("not-checked", u.Value));
    }

    [Fact]
    public async Task Before_the_first_crawl_no_unit_is_shown_as_unreachable()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard?year=2025");
        request.Headers.Add("x-functions-key", StandaloneServer.Key);
        request.Headers.Add("Accept", "text/html");
        using var response = await server.Client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("网站无法访问</td>", page, StringComparison.Ordinal);
        Assert.Contains("尚未检查10个", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_port_of_a_registered_host_is_refused_and_nothing_is_fetched()
    {
        var reply = await server.RecheckAsync(new { url = "http://xutao.qs.test:8080/ndbg/202601/t20260120_101.html" });

        Assert.Equal(403, reply.Status);
        Assert.Contains("协议、主机和端口须与登记的栏目网址一致", reply.Json.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, server.Portal.Requests);
    }

    [Fact]
    public async Task A_redirect_from_the_registered_site_to_another_port_is_refused_and_nothing_is_stored()
    {
        server.Portal.Add("xutao.qs.test", "/ndbg/moved.html", new Monitor.PortalSimulator.PortalPage { RedirectTo = "http://xutao.qs.test:10000/devstoreaccount1/" });
        var host = await server.HostAsync();

        var reply = await server.RecheckAsync(new { url = "http://xutao.qs.test/ndbg/moved.html" });

        Assert.Equal(403, reply.Status);
        Assert.Contains("不在登记表中", reply.Json.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(await host.Services.Stores.Captures.ListAsync("qingshui", "xutao"));
    }

    [Fact]
    public async Task A_twenty_megabyte_url_is_refused_without_being_echoed()
    {
        var reply = await server.RecheckAsync(new { url = "http://xutao.qs.test/" + new string('a', 20 * 1024 * 1024) });

        Assert.Equal(413, reply.Status);
        Assert.True(reply.Body.Length < 1_000, $"reply of {reply.Body.Length} characters");
        Assert.Equal(0, server.Portal.Requests);
    }

    [Fact]
    public async Task A_url_over_2048_characters_is_refused_with_the_bound_and_not_echoed()
    {
        var reply = await server.RecheckAsync(new { url = "http://xutao.qs.test/ndbg/?q=" + new string('a', 3_000) });

        Assert.Equal(400, reply.Status);
        Assert.Contains("超过2048个字符的上限", reply.Json.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(reply.Body.Length < 1_000, $"reply of {reply.Body.Length} characters");
    }

    [Theory]
    [InlineData("""{"unit":"xutao","year":-1}""", "年度应为2008至")]
    [InlineData("""{"unit":"xutao","year":30000}""", "年度应为2008至")]
    [InlineData("""{"unit":"xutao","year":"2026"}""", "year 为整数")]
    public async Task A_year_outside_the_reports_or_written_as_text_is_a_bad_request(string body, string reason)
    {
        var reply = await server.RecheckAsync(System.Text.Json.JsonDocument.Parse(body).RootElement);

        Assert.Equal(400, reply.Status);
        Assert.Contains(reason, reply.Json.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, server.Portal.Requests);
    }

    [Fact]
    public async Task An_empty_key_header_does_not_hide_a_right_code_parameter()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/reports/recheck?code={StandaloneServer.Key}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { url = XutaoReport }),
        };
        request.Headers.TryAddWithoutValidation("x-functions-key", "");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_rechecked_url_is_fetched_once_kept_without_its_key_and_never_joins_the_crawl()
    {
        var report = File.ReadAllBytes(Path.Combine(StandaloneServer.PortalFolder, "files", "xutao-2025.gbk.html"));
        server.Portal.Add("xutao.qs.test", "/other/copy.html", new Monitor.PortalSimulator.PortalPage { Versions = [report], Charset = "gbk" });
        var host = await server.HostAsync();

        var reply = await server.RecheckAsync(new { url = "http://xutao.qs.test/other/copy.html?id=7&code=SECRET-KEY" });
        await host.Crawl.CrawlAsync("xutao");
        await host.Crawl.CrawlAsync("xutao");

        Assert.True(reply.Status == 200, reply.Body);
        var record = (await host.Services.Stores.Captures.GetAsync(reply.Json.GetProperty("capture").GetString()!))!;
        Assert.Equal("http://xutao.qs.test/other/copy.html?id=7", record.SourceUrl);
        Assert.True(record.FromRecheck);
        Assert.Equal(1, server.Portal.Hits("xutao.qs.test", "/other/copy.html"));
    }
}
