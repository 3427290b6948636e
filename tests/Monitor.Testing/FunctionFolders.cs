namespace Monitor.Testing;

/// <summary>The function app's function folders (src/Monitor.FunctionApp/Functions/&lt;Name&gt;/function.json), as the package lays them out.</summary>
public static class FunctionFolders
{
    public static string Root => RepoRoot.Combine("src", "Monitor.FunctionApp", "Functions");

    /// <summary>Folders that hold a function.json, in ordinal order of their names.</summary>
    public static IReadOnlyList<string> All() =>
        [.. Directory.EnumerateDirectories(Root)
            .Where(folder => File.Exists(Path.Combine(folder, "function.json")))
            .Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> Names() => [.. All().Select(Path.GetFileName).OfType<string>()];

    public static string FunctionJson(string function) => Path.Combine(Root, function, "function.json");
}
