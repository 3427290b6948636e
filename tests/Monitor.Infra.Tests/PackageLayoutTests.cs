using System.IO.Compression;

namespace Monitor.Infra.Tests;

/// <summary>
/// The deployment zip built by scripts/package-functionapp.sh (test.sh builds it before the tests run) has the
/// layout the Functions host needs.
/// </summary>
public class PackageLayoutTests
{
    private static ZipArchive OpenPackage()
    {
        Assert.True(
            File.Exists(RepoPaths.PackageZip),
            $"{RepoPaths.PackageZip} is missing: run scripts/package-functionapp.sh (./test.sh does).");
        return ZipFile.OpenRead(RepoPaths.PackageZip);
    }

    [Fact]
    public void Host_json_is_at_the_root_and_matches_the_repository()
    {
        using var package = OpenPackage();
        var entry = package.GetEntry("host.json");

        Assert.NotNull(entry);
        using var reader = new StreamReader(entry.Open());
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "host.json")), reader.ReadToEnd());
    }

    [Fact]
    public void Every_function_folder_is_in_the_package_and_nothing_else()
    {
        using var package = OpenPackage();
        var packaged = package.Entries
            .Where(entry => entry.FullName.EndsWith("/function.json", StringComparison.Ordinal))
            .Select(entry => entry.FullName[..entry.FullName.IndexOf('/')])
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(packaged);
        Assert.Equal(RepoPaths.FunctionNames(), packaged);
    }

    [Fact]
    public void Handler_is_present_and_executable()
    {
        using var package = OpenPackage();
        var handler = package.GetEntry("bin/handler");

        Assert.NotNull(handler);
        var mode = (UnixFileMode)((handler.ExternalAttributes >> 16) & 0x1FF);
        Assert.True(mode.HasFlag(UnixFileMode.UserExecute), $"bin/handler mode is {mode}");
        Assert.True(handler.Length > 0);
    }
}
