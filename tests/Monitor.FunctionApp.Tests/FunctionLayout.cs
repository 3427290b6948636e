using Monitor.Testing;

namespace Monitor.FunctionApp.Tests;

/// <summary>Where the function folders and host settings live in the repository.</summary>
internal static class FunctionLayout
{
    public static string RepoRoot => Monitor.Testing.RepoRoot.Path;

    public static IEnumerable<string> FunctionFolders() => Monitor.Testing.FunctionFolders.All();

    public static string FunctionJson(string function) => Monitor.Testing.FunctionFolders.FunctionJson(function);
}
