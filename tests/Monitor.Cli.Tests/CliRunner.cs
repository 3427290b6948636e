using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Monitor.Testing;

namespace Monitor.Cli.Tests;

/// <summary>What one in-process run of the tool printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;

    /// <summary>(file name, rule) of every warning- or error-level finding, for flattened assertions.</summary>
    public IReadOnlyList<(string File, string Rule)> SignificantFindings =>
        [.. Json.GetProperty("reports").EnumerateArray().SelectMany(r => r.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() is "error" or "warning")
            .Select(f => (Path.GetFileName(r.GetProperty("source").GetString()!), f.GetProperty("rule").GetString()!)))];
}

/// <summary>Runs the monitor command line in-process with captured stdout/stderr and a fixed clock.</summary>
public static class CliRunner
{
    public static readonly DateTimeOffset Now = new(2026, 2, 10, 1, 30, 0, TimeSpan.Zero);

    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await Program.RunAsync(args, new CliConsole(stdout, stderr, new FakeTimeProvider(Now), ErrorIsTerminal: false));
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>Paths of the repository and of the shared spec/seeds beside it (../shared from the repository root).</summary>
public static class RepoPaths
{
    public static string Root => RepoRoot.Path;

    public static string Shared => RepoRoot.Shared;

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Samples => Path.Combine(Root, "samples", "reports");

}

/// <summary>A temporary folder deleted when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("monitor-cli-").FullName;

    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
