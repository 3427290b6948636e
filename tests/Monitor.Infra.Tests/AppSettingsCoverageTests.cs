using System.Text.Json;
using Monitor.Application.Configuration;

namespace Monitor.Infra.Tests;

/// <summary>Every app setting the code reads is set by the template, or is documented as optional.</summary>
public partial class AppSettingsCoverageTests
{
    private static readonly Lazy<HashSet<string>> TemplatePropertyNames = new(() =>
    {
        var run = BicepCli.Run("build", "main.bicep", "--stdout");
        Assert.True(run.ExitCode == 0, run.Diagnostics);
        using var template = JsonDocument.Parse(run.Output);
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(template.RootElement, names);
        return names;
    });

    public static TheoryData<string> RequiredSettings()
    {
        var data = new TheoryData<string>();
        foreach (var setting in AppSettingNames.All.Where(setting => setting.RequiredInAzure))
        {
            data.Add(setting.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredSettings))]
    public void Required_setting_is_set_by_the_template(string setting) =>
        Assert.Contains(setting, TemplatePropertyNames.Value);

    [Fact]
    public void Optional_settings_say_why_they_may_be_absent() =>
        Assert.All(
            AppSettingNames.All.Where(setting => !setting.RequiredInAzure),
            setting => Assert.False(string.IsNullOrWhiteSpace(setting.Purpose), setting.Name));

    [Fact]
    public void Every_setting_has_a_safe_example_in_local_settings_sample()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values");

        Assert.All(AppSettingNames.All, setting => Assert.True(values.TryGetProperty(setting.Name, out _), $"{setting.Name} missing"));
    }

    private static void Collect(JsonElement element, HashSet<string> names)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    names.Add(property.Name);
                    Collect(property.Value, names);
                }

                break;
            case JsonValueKind.String when element.GetString() is ['[', .., ']'] expression:
                // Bicep compiles objects with computed values into createObject('Name', value, ...) expressions.
                foreach (System.Text.RegularExpressions.Match literal in QuotedName().Matches(expression))
                {
                    names.Add(literal.Groups[1].Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, names);
                }

                break;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("'([A-Za-z_][A-Za-z0-9_]*)'")]
    private static partial System.Text.RegularExpressions.Regex QuotedName();
}
