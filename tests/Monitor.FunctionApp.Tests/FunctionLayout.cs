namespace Monitor.FunctionApp.Tests;

/// <summary>Where the function folders and host settings live in the repository.</summary>
internal static class FunctionLayout
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string FunctionsFolder => Path.Combine(RepoRoot, "src", "Monitor.FunctionApp", "Functions");

    public static IEnumerable<string> FunctionFolders() =>
        Directory.EnumerateDirectories(FunctionsFolder)
            .Where(folder => File.Exists(Path.Combine(folder, "function.json")))
            .Order(StringComparer.Ordinal);

    public static string FunctionJson(string function) => Path.Combine(FunctionsFolder, function, "function.json");

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
