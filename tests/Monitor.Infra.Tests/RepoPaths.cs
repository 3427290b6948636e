using System.Diagnostics;
using System.Reflection;

namespace Monitor.Infra.Tests;

internal static class RepoPaths
{
    public static string Root => Monitor.Testing.RepoRoot.Path;

    public static string Infra => Path.Combine(Root, "infra");

    public static string PackageZip => Path.Combine(Root, "artifacts", "functionapp.zip");

    /// <summary>The files git tracks, so the secret scan sees exactly what a clone contains.</summary>
    public static IReadOnlyList<string> TrackedFiles()
    {
        var git = Process.Start(new ProcessStartInfo("git", ["-C", Root, "ls-files", "-z"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }
}

/// <summary>The Bicep CLI restored from NuGet package Azure.Bicep.CommandLine.linux-x64.</summary>
internal static class BicepCli
{
    private static readonly string ExecutablePath =
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BicepPath").Value
        ?? throw new InvalidOperationException("BicepPath was not set at build time.");

    public static BicepRun Run(params string[] arguments)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException("The Bicep CLI from the NuGet package is missing; run dotnet restore.", ExecutablePath);
        }

        if (!OperatingSystem.IsWindows())
        {
            // NuGet extraction does not always keep the execute bit.
            File.SetUnixFileMode(ExecutablePath, File.GetUnixFileMode(ExecutablePath) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(ExecutablePath, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Infra,
        };
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new BicepRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}

internal sealed record BicepRun(int ExitCode, string Output, string Diagnostics);
