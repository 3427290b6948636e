namespace Monitor.Testing;

/// <summary>One row of the expectations table in samples/portal/README.md.</summary>
public sealed record UnitExpectation(string Id, string Name, string Status, IReadOnlyList<string> Rules);

/// <summary>
/// The sample county's expectations as samples/portal/README.md states them, read from the table between its
/// expectations markers, so that the docs and every test of the sample county agree on one table.
/// </summary>
public static class SampleCountyExpectations
{
    private static readonly Lazy<IReadOnlyList<UnitExpectation>> Rows = new(Read);

    public static IReadOnlyList<UnitExpectation> All => Rows.Value;

    private static List<UnitExpectation> Read()
    {
        var readme = File.ReadAllText(RepoRoot.Combine("samples", "portal", "README.md"));
        var table = readme[readme.IndexOf("<!-- expectations:begin -->", StringComparison.Ordinal)..readme.IndexOf("<!-- expectations:end -->", StringComparison.Ordinal)];
        return [.. table.Split('\n')
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length == 7 && cells[2].StartsWith("示范县", StringComparison.Ordinal))
            .Select(cells => new UnitExpectation(cells[1], cells[2], cells[4],
                cells[5] == "—" ? [] : [.. cells[5].Split(',', StringSplitOptions.TrimEntries)]))];
    }
}
