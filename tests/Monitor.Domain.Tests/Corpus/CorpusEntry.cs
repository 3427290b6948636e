using System.Text.Json;
using Monitor.Domain.Rules;

namespace Monitor.Domain.Tests.Corpus;

/// <summary>
/// One real report of tests/corpus with its hand-written expectation: the rules a careful reviewer raises
/// (<see cref="Expected"/>), the ones checked and satisfied (<see cref="MustNotAppear"/>) and the ones the text
/// cannot show (<see cref="NotScored"/>, e.g. table arithmetic on an excerpt).
/// </summary>
public sealed record CorpusEntry(
    string Slug,
    string DocumentPath,
    string Form,
    string UnitTypeCode,
    int Year,
    IReadOnlySet<string> Expected,
    IReadOnlySet<string> MustNotAppear,
    IReadOnlySet<string> NotScored)
{
    /// <summary>The registry's unit type for this unit, as production passes it; null where the type has no enum value.</summary>
    public UnitType? UnitType => UnitTypes.TryParse(UnitTypeCode);

    public bool IsScored(string ruleId) => !NotScored.Contains(ruleId);

    public static IReadOnlyList<CorpusEntry> LoadAll(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.expect.json").Order(StringComparer.Ordinal).Select(Load)];

    public static CorpusEntry Load(string expectationPath)
    {
        var slug = Path.GetFileName(expectationPath)[..^".expect.json".Length];
        var folder = Path.GetDirectoryName(expectationPath)!;
        var document = new[] { ".txt", ".html", ".pdf", ".docx" }.Select(ext => Path.Combine(folder, slug + ext)).FirstOrDefault(File.Exists)
            ?? throw new InvalidDataException($"{slug}: no report file beside its expectation");
        using var json = JsonDocument.Parse(File.ReadAllText(expectationPath));
        var root = json.RootElement;
        return new CorpusEntry(
            slug,
            document,
            root.GetProperty("form").GetString()!,
            root.GetProperty("unitType").GetString()!,
            root.GetProperty("year").GetInt32(),
            Keys(root, "expect"),
            Keys(root, "mustNotAppear"),
            root.TryGetProperty("notScored", out var notScored) ? notScored.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : []);
    }

    private static HashSet<string> Keys(JsonElement root, string name) =>
        root.TryGetProperty(name, out var map) ? map.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
}
