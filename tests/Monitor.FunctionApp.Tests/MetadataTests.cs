using System.Text.Json;

namespace Monitor.FunctionApp.Tests;

/// <summary>
/// The functions.metadata the Worker SDK generates from the [Function] attributes (copied beside the tests by the
/// project reference): what the host will index in Azure, checked here because the host cannot run here.
/// </summary>
public sealed class MetadataTests
{
    private static readonly JsonElement[] Functions = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")))
        .RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();

    private static JsonElement Binding(string function, string type) =>
        Functions.Single(f => f.GetProperty("name").GetString() == function)
            .GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == type);

    private static string? Text(JsonElement binding, string property) =>
        binding.TryGetProperty(property, out var value) ? value.GetString() : null;

    [Fact]
    public void Every_function_is_indexed_once_from_the_app_assembly()
    {
        Assert.Equal(["CheckDeadlines", "CrawlUnit", "Dashboard", "RecheckReport", "ScheduleCrawl", "SendAlerts", "ValidateCapture", "WeeklySummary", "Workspace"],
            Functions.Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.All(Functions, f => Assert.Equal("Monitor.FunctionApp.dll", f.GetProperty("scriptFile").GetString()));
        Assert.All(Functions, f => Assert.Equal("dotnet-isolated", f.GetProperty("language").GetString()));
    }

    [Theory]
    [InlineData("ScheduleCrawl", "%CrawlSchedule%")]
    [InlineData("CheckDeadlines", "%DeadlineSchedule%")]
    [InlineData("WeeklySummary", "%SummarySchedule%")]
    public void Timers_take_their_schedule_from_a_setting(string function, string schedule) =>
        Assert.Equal(schedule, Text(Binding(function, "timerTrigger"), "schedule"));

    [Theory]
    [InlineData("CrawlUnit", "crawl-requests")]
    [InlineData("SendAlerts", "alerts")]
    public void Queue_triggers_name_their_queue_and_the_app_storage_connection(string function, string queue)
    {
        var trigger = Binding(function, "queueTrigger");

        Assert.Equal(queue, Text(trigger, "queueName"));
        Assert.Equal("Storage", Text(trigger, "connection"));
    }

    [Fact]
    public void Validate_capture_is_an_event_grid_blob_trigger_on_the_captures_container()
    {
        var trigger = Binding("ValidateCapture", "blobTrigger");

        Assert.Equal("captures/{name}", Text(trigger, "path"));
        Assert.Equal("EventGrid", Text(trigger, "source"));
        Assert.Equal("Storage", Text(trigger, "connection"));
    }

    [Theory]
    [InlineData("RecheckReport", "post", "reports/recheck")]
    [InlineData("Dashboard", "get", "dashboard")]
    public void Http_functions_need_a_function_key(string function, string method, string route)
    {
        var trigger = Binding(function, "httpTrigger");

        Assert.Equal("Function", Text(trigger, "authLevel"));
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(route, Text(trigger, "route"));
    }

    [Fact]
    public void The_workspace_is_left_to_app_service_authentication_not_to_a_function_key()
    {
        var trigger = Binding("Workspace", "httpTrigger");

        Assert.Equal("Anonymous", Text(trigger, "authLevel"));
        Assert.Equal(["get", "post"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("workspace/{*rest}", Text(trigger, "route"));
    }

    [Fact]
    public void Every_connection_is_the_app_storage_connection()
    {
        var connections = Functions.SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Select(b => Text(b, "connection")).OfType<string>().Distinct();

        Assert.Equal(["Storage"], connections);
    }

    [Fact]
    public void Every_percent_setting_has_an_example_in_the_sample_settings()
    {
        var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(Monitor.Testing.RepoRoot.Path, "local.settings.sample.json"))).RootElement.GetProperty("Values");
        var percent = Functions.SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Select(b => Text(b, "schedule")).OfType<string>().Where(s => s.StartsWith('%')).Select(s => s.Trim('%'));

        Assert.All(percent, setting => Assert.True(sample.TryGetProperty(setting, out _), $"{setting} is not in local.settings.sample.json"));
    }

    [Fact]
    public void Host_json_in_the_output_is_the_repository_one()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(Monitor.Testing.RepoRoot.Path, "host.json")),
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));
    }
}
