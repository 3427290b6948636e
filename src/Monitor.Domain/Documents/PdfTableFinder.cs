using UglyToad.PdfPig.Content;

namespace Monitor.Domain.Documents;

/// <summary>
/// A table found on one PDF page: the grid spanned by its ruling lines, and for every slot the merged
/// cell (region) it belongs to. A slot whose border line is missing belongs to the same region as its
/// neighbour, which is how a PDF shows rowspan and colspan.
/// </summary>
internal sealed class PdfTable
{
    public required double[] ColumnEdges { get; init; }
    public required double[] RowEdges { get; init; }
    public required int[,] Regions { get; init; }
    public required string[] RegionTexts { get; init; }
    public required int[] RegionRowSpans { get; init; }
    public required int Page { get; init; }

    public double Top => RowEdges[0];

    public int RowCount => RowEdges.Length - 1;

    public int ColumnCount => ColumnEdges.Length - 1;

    public string Text(int row, int column) => RegionTexts[Regions[row, column]];

    public bool Contains(Letter letter)
    {
        var x = (letter.BoundingBox.Left + letter.BoundingBox.Right) / 2;
        var y = (letter.BoundingBox.Top + letter.BoundingBox.Bottom) / 2;
        return x >= ColumnEdges[0] && x <= ColumnEdges[^1] && y <= RowEdges[0] && y >= RowEdges[^1];
    }
}

/// <summary>Finds ruled tables: connected sets of horizontal and vertical rulings forming at least two cells.</summary>
internal static class PdfTableFinder
{
    private const double Tolerance = 2.0;

    // Grouping rulings compares every pair; a page of hatching or a vector map has thousands of
    // strokes and no table worth the quadratic cost, so its text is read as running text instead.
    private const int MaxRulingsPerPage = 3000;

    public static List<PdfTable> Find(List<Ruling> rulings, IReadOnlyList<Letter> letters, int page, int maxCells, out bool overflow)
    {
        overflow = false;
        var tables = new List<PdfTable>();
        if (rulings.Count > MaxRulingsPerPage) return tables;
        foreach (var component in Components(rulings))
        {
            var columns = Cluster(component.Where(r => !r.Horizontal).Select(r => r.Position)).ToArray();
            var rows = Cluster(component.Where(r => r.Horizontal).Select(r => r.Position)).AsEnumerable().Reverse().ToArray();
            if (columns.Length < 2 || rows.Length < 2) continue;
            var slots = (long)(columns.Length - 1) * (rows.Length - 1);
            if (slots < 2) continue;
            if (slots > maxCells)
            {
                overflow = true;
                return [];
            }
            tables.Add(Build(component, columns, rows, letters, page));
        }
        return tables;
    }

    private static PdfTable Build(List<Ruling> rulings, double[] columns, double[] rows, IReadOnlyList<Letter> letters, int page)
    {
        int rowCount = rows.Length - 1, columnCount = columns.Length - 1;
        var parent = Enumerable.Range(0, rowCount * columnCount).ToArray();
        // The rulings along each inner edge, found once: testing every slot against every ruling of the
        // table is quadratic, and tables drawn cell by cell have hundreds of short rulings.
        var onColumnEdge = EdgeRulings(rulings, columns, horizontal: false);
        var onRowEdge = EdgeRulings(rulings, rows, horizontal: true);
        for (var r = 0; r < rowCount; r++)
        {
            var yMid = (rows[r] + rows[r + 1]) / 2;
            for (var c = 0; c < columnCount; c++)
            {
                var xMid = (columns[c] + columns[c + 1]) / 2;
                if (c + 1 < columnCount && !onColumnEdge[c + 1].Any(v => v.Covers(yMid, 0)))
                    Union(parent, r * columnCount + c, r * columnCount + c + 1);
                if (r + 1 < rowCount && !onRowEdge[r + 1].Any(h => h.Covers(xMid, 0)))
                    Union(parent, r * columnCount + c, (r + 1) * columnCount + c);
            }
        }

        var regionOfRoot = new Dictionary<int, int>();
        var regions = new int[rowCount, columnCount];
        var rowsOfRegion = new List<HashSet<int>>();
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                var root = Find(parent, r * columnCount + c);
                if (!regionOfRoot.TryGetValue(root, out var region))
                {
                    region = regionOfRoot.Count;
                    regionOfRoot[root] = region;
                    rowsOfRegion.Add([]);
                }
                regions[r, c] = region;
                rowsOfRegion[region].Add(r);
            }
        }

        var lettersOfRegion = new List<Letter>[regionOfRoot.Count];
        for (var i = 0; i < lettersOfRegion.Length; i++) lettersOfRegion[i] = [];
        foreach (var letter in letters)
        {
            var x = (letter.BoundingBox.Left + letter.BoundingBox.Right) / 2;
            var y = (letter.BoundingBox.Top + letter.BoundingBox.Bottom) / 2;
            var c = Array.FindIndex(columns, 1, edge => x <= edge) - 1;
            var r = Array.FindIndex(rows, 1, edge => y >= edge) - 1;
            if (c < 0 || r < 0 || x < columns[0] || y > rows[0]) continue;
            lettersOfRegion[regions[r, c]].Add(letter);
        }

        return new PdfTable
        {
            ColumnEdges = columns,
            RowEdges = rows,
            Regions = regions,
            RegionTexts = [.. lettersOfRegion.Select(PdfLines.Text)],
            RegionRowSpans = [.. rowsOfRegion.Select(s => s.Count)],
            Page = page,
        };
    }

    private static List<Ruling>[] EdgeRulings(List<Ruling> rulings, double[] edges, bool horizontal) =>
        [.. edges.Select(edge => rulings.Where(x => x.Horizontal == horizontal && Math.Abs(x.Position - edge) <= Tolerance).ToList())];

    private static IEnumerable<List<Ruling>> Components(List<Ruling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        for (var i = 0; i < rulings.Count; i++)
        {
            for (var j = i + 1; j < rulings.Count; j++)
            {
                if (Touch(rulings[i], rulings[j])) Union(parent, i, j);
            }
        }
        return Enumerable.Range(0, rulings.Count).GroupBy(i => Find(parent, i)).Select(g => g.Select(i => rulings[i]).ToList());
    }

    private static bool Touch(Ruling a, Ruling b)
    {
        if (a.Horizontal == b.Horizontal)
            return Math.Abs(a.Position - b.Position) <= Tolerance && a.From <= b.To + Tolerance && b.From <= a.To + Tolerance;
        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return h.Covers(v.Position, Tolerance) && v.Covers(h.Position, Tolerance);
    }

    private static List<double> Cluster(IEnumerable<double> positions)
    {
        var clusters = new List<List<double>>();
        foreach (var p in positions.OrderBy(p => p))
        {
            if (clusters.Count > 0 && p - clusters[^1][^1] <= Tolerance) clusters[^1].Add(p);
            else clusters.Add([p]);
        }
        return clusters.Select(c => c.Average()).ToList();
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);
}
