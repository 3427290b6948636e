using Monitor.Domain.Documents;
using Monitor.Domain.Parsing;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Tests.Parsing;

/// <summary>Reads the real seed reports from ../shared/seeds relative to the repository root.</summary>
internal static class Seeds
{
    private static readonly Lazy<string> Directory = new(() =>
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Monitor.sln"))) folder = folder.Parent;
        if (folder is null) throw new InvalidOperationException("Monitor.sln not found above " + AppContext.BaseDirectory);
        return Path.Combine(folder.FullName, "..", "shared", "seeds");
    });

    public static AnnualReport Parse(string name) =>
        ReportParser.Parse(PlainTextExtractor.Extract(File.ReadAllText(Path.Combine(Directory.Value, name))));
}
