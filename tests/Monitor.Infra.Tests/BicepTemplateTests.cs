using System.Text.Json;

namespace Monitor.Infra.Tests;

/// <summary>Every template builds and lints with no errors and no warnings.</summary>
public class BicepTemplateTests
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Infra, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Infra, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_builds_without_errors_or_warnings(string template)
    {
        var run = BicepCli.Run("build", template, "--stdout");

        Assert.True(run.ExitCode == 0, run.Diagnostics);
        Assert.Equal(string.Empty, run.Diagnostics.Trim());
        using var _ = JsonDocument.Parse(run.Output);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_lints_clean(string template)
    {
        var run = BicepCli.Run("lint", template);

        Assert.True(run.ExitCode == 0, run.Diagnostics + run.Output);
        Assert.Equal(string.Empty, (run.Diagnostics + run.Output).Trim());
    }

    [Fact]
    public void Example_parameters_build_against_main()
    {
        var run = BicepCli.Run("build-params", "main.example.bicepparam", "--stdout");

        Assert.True(run.ExitCode == 0, run.Diagnostics);
        Assert.Equal(string.Empty, run.Diagnostics.Trim());
    }
}
