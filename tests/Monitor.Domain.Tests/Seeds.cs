using Monitor.Domain.Documents;
using Monitor.Domain.Parsing;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Tests;

/// <summary>The five real reports in ../shared/seeds, read from the repository's sibling folder.</summary>
internal static class Seeds
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Folder => Path.Combine(RepoRoot, "..", "shared", "seeds");

    public static bool Available => Directory.Exists(Folder);

    public static string[] Names { get; } =
        ["xinzhuangji-2025.txt", "hongsibu-town-2024.txt", "xutao-2024.txt", "lijun-2025.txt", "dazhai-2025.txt"];

    public static byte[] Bytes(string name)
    {
        var path = Path.Combine(Folder, name);
        Assert.True(File.Exists(path), $"Seed {path} is missing: the tests need ../shared beside the repository.");
        return File.ReadAllBytes(path);
    }

    public static AnnualReport Parse(string name) =>
        ReportParser.Parse(DocumentReader.Read(Bytes(name), name, "text/plain", null));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Monitor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Monitor.sln not found above {AppContext.BaseDirectory}.");
    }
}
