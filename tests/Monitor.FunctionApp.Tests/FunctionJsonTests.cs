using System.Text.Json;
using System.Text.RegularExpressions;

namespace Monitor.FunctionApp.Tests;

/// <summary>
/// Every function folder's <c>function.json</c> must be something the Functions host accepts, and every
/// setting it names with <c>%…%</c> must be documented in <c>local.settings.sample.json</c>.
/// </summary>
public partial class FunctionJsonTests
{
    private static readonly string[] KnownTriggers = ["timerTrigger", "queueTrigger", "blobTrigger", "httpTrigger"];

    public static TheoryData<string> FunctionFolders()
    {
        var data = new TheoryData<string>();
        foreach (var folder in FunctionLayout.FunctionFolders())
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FunctionFolders))]
    public void Function_json_has_exactly_one_known_trigger_and_valid_bindings(string function)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FunctionLayout.FunctionJson(function)));
        var bindings = document.RootElement.GetProperty("bindings").EnumerateArray().ToList();

        var triggers = bindings.Where(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).ToList();
        Assert.Single(triggers);
        var trigger = triggers[0];
        Assert.Contains(trigger.GetProperty("type").GetString(), KnownTriggers);
        Assert.Equal("in", trigger.GetProperty("direction").GetString());
        Assert.Matches("^[A-Za-z][A-Za-z0-9_]*$", trigger.GetProperty("name").GetString()!);

        switch (trigger.GetProperty("type").GetString())
        {
            case "timerTrigger":
                Assert.Matches("^%[A-Za-z]+%$", trigger.GetProperty("schedule").GetString()!);
                break;
            case "queueTrigger":
                Assert.Matches("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", trigger.GetProperty("queueName").GetString()!);
                Assert.Equal("AzureWebJobsStorage", trigger.GetProperty("connection").GetString());
                break;
            case "blobTrigger":
                Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
                Assert.StartsWith("captures/", trigger.GetProperty("path").GetString());
                break;
            case "httpTrigger":
                Assert.Contains(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "out");
                Assert.Equal(2, bindings.Count);
                break;
        }
    }

    [Fact]
    public void Every_percent_setting_is_in_the_sample_settings()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionLayout.RepoRoot, "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values");

        var referenced = FunctionLayout.FunctionFolders()
            .SelectMany(folder => SettingReference().Matches(File.ReadAllText(Path.Combine(folder, "function.json"))))
            .Select(match => match.Groups[1].Value)
            .Distinct()
            .ToList();

        Assert.NotEmpty(referenced);
        Assert.All(referenced, name => Assert.True(values.TryGetProperty(name, out _), $"{name} is missing from local.settings.sample.json"));
    }

    [Fact]
    public void Host_json_declares_the_custom_handler_as_the_spec_requires()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionLayout.RepoRoot, "host.json")));
        var root = host.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("[4.*, 5.0.0)", root.GetProperty("extensionBundle").GetProperty("version").GetString());
        var handler = root.GetProperty("customHandler");
        Assert.Equal("bin/handler", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(handler.GetProperty("enableProxyingHttpRequest").GetBoolean());
        Assert.Equal("api", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [GeneratedRegex("%([A-Za-z_]+)%")]
    private static partial Regex SettingReference();
}
