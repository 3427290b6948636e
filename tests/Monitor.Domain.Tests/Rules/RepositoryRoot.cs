namespace Monitor.Domain.Tests.Rules;

/// <summary>The repository root (the folder holding Monitor.sln) and the spec/seeds folder beside it.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Monitor.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Monitor.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Folder => Root.Value;

    /// <summary>../shared relative to the root: the spec and seeds, present locally and in CI.</summary>
    public static string Shared => System.IO.Path.GetFullPath(System.IO.Path.Combine(Root.Value, "..", "shared"));

    public static bool HasShared => Directory.Exists(Shared);
}
