using System.IO.Compression;
using System.Text.Json;

namespace Monitor.Infra.Tests;

/// <summary>
/// The deployment zip built by scripts/package-functionapp.sh (test.sh builds it before the tests run) has the
/// layout a zip deploy of an isolated-worker app needs: host.json, functions.metadata, worker.config.json and
/// extensions.json at the root beside the app, the host's extensions in the hidden .azurefunctions/, nothing nested
/// under a publish folder, no local settings.
/// </summary>
public class PackageLayoutTests
{
    private static readonly string[] Functions =
        ["CheckDeadlines", "CrawlUnit", "Dashboard", "RecheckReport", "ScheduleCrawl", "SendAlerts", "ValidateCapture", "WeeklySummary", "Workspace"];

    private static ZipArchive OpenPackage()
    {
        Assert.True(
            File.Exists(RepoPaths.PackageZip),
            $"{RepoPaths.PackageZip} is missing: run scripts/package-functionapp.sh (./test.sh does).");
        return ZipFile.OpenRead(RepoPaths.PackageZip);
    }

    private static string Read(ZipArchive package, string name)
    {
        var entry = package.GetEntry(name);
        Assert.True(entry is not null, $"{name} is not at the root of the package");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void Host_json_is_at_the_root_and_matches_the_repository()
    {
        using var package = OpenPackage();

        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "host.json")), Read(package, "host.json"));
    }

    [Fact]
    public void Functions_metadata_at_the_root_lists_every_function_of_the_app()
    {
        using var package = OpenPackage();
        var names = JsonDocument.Parse(Read(package, "functions.metadata")).RootElement.EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal);

        Assert.Equal(Functions, names);
    }

    [Fact]
    public void Worker_config_and_extensions_sit_at_the_root_and_the_extensions_in_the_hidden_folder()
    {
        using var package = OpenPackage();
        var worker = JsonDocument.Parse(Read(package, "worker.config.json")).RootElement.GetProperty("description");
        var extensions = JsonDocument.Parse(Read(package, "extensions.json")).RootElement.GetProperty("extensions").EnumerateArray()
            .Select(e => e.GetProperty("hintPath").GetString()!).ToList();

        Assert.Equal("dotnet-isolated", worker.GetProperty("language").GetString());
        Assert.Equal("Monitor.FunctionApp.dll", worker.GetProperty("defaultWorkerPath").GetString());
        Assert.NotNull(package.GetEntry("Monitor.FunctionApp.dll"));
        Assert.Contains("./.azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Blobs.dll", extensions);
        Assert.Contains("./.azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll", extensions);
        Assert.All(extensions, hint => Assert.NotNull(package.GetEntry(hint[2..])));
    }

    [Fact]
    public void Nothing_is_nested_under_a_publish_folder_and_no_local_settings_ship()
    {
        using var package = OpenPackage();
        var topLevel = package.Entries.Select(e => e.FullName.Split('/')[0]).Where(n => !n.Contains('.', StringComparison.Ordinal)).Distinct().ToList();

        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith("local.settings.json", StringComparison.Ordinal));
        Assert.Equal(["runtimes"], topLevel);
        Assert.Contains(package.Entries, e => e.FullName.StartsWith(".azurefunctions/", StringComparison.Ordinal));
    }
}
