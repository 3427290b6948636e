namespace Monitor.Cli.Checking;

/// <summary>
/// Files to check, grouped as given: a folder is one county-year (its reports are each other's Q03 peers);
/// a file named on the command line stands alone.
/// </summary>
public sealed record CheckGroup(string? Folder, IReadOnlyList<string> Files);

/// <summary>Resolves PATH arguments into groups, or says in Chinese which path is unusable and why.</summary>
public static class CheckInputs
{
    /// <summary>Extensions read from a folder; anything else there (README.md, .json) is not a report.</summary>
    public static IReadOnlySet<string> ReportExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".htm", ".html", ".shtml", ".xhtml", ".jhtml", ".pdf", ".docx", ".doc", ".wps",
    };

    public static (IReadOnlyList<CheckGroup> Groups, IReadOnlyList<string> Problems) Resolve(IEnumerable<string> paths)
    {
        var groups = new List<CheckGroup>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                groups.Add(new CheckGroup(null, [path]));
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    var files = Directory.EnumerateFiles(path)
                        .Where(f => ReportExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                        .Order(StringComparer.Ordinal)
                        .ToList();
                    if (files.Count == 0) problems.Add($"文件夹中没有可检查的报告文件（txt/html/pdf/docx/doc/wps）：{path}");
                    else groups.Add(new CheckGroup(path, files));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add($"无法读取文件夹：{path}（{e.Message}）");
                }
            }
            else
            {
                problems.Add($"找不到文件或文件夹：{path}");
            }
        }
        return (groups, problems);
    }
}
