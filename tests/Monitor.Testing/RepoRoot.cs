namespace Monitor.Testing;

/// <summary>
/// The repository root: the nearest folder above the test binaries that holds Monitor.sln. The one place tests
/// locate the repository, so every test project agrees on it.
/// </summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(() => Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No Monitor.sln found above {AppContext.BaseDirectory}."));

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>../shared beside the repository: the product spec and the seed reports, present locally and in CI.</summary>
    public static string Shared => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared"));

    public static bool HasShared => Directory.Exists(Shared);

    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Monitor.sln"))) return dir.FullName;
        }
        return null;
    }
}
