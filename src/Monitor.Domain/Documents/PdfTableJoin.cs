using System.Text.RegularExpressions;

namespace Monitor.Domain.Documents;

/// <summary>
/// Joins the fragments of one table split over pages into rows, expanded like HTML merged cells.
/// A page break cuts merged cells in two: the label of a row group ("三、本年度办理结果") stays on the
/// first page and its continuation is empty, and a row that breaks inside leaves the end of its label
/// on the next page. Both are repaired so the rows read as in the HTML original.
/// </summary>
internal static partial class PdfTableJoin
{
    private const double ColumnTolerance = 3.0;

    /// <summary>
    /// Fragments belong to one table when their outer edges match and one's column edges are a subset
    /// of the other's: a continuation holding only rows with merged value cells draws fewer columns.
    /// </summary>
    public static bool SameColumns(PdfTable a, PdfTable b)
    {
        if (Math.Abs(a.ColumnEdges[0] - b.ColumnEdges[0]) > ColumnTolerance || Math.Abs(a.ColumnEdges[^1] - b.ColumnEdges[^1]) > ColumnTolerance) return false;
        return Subset(a.ColumnEdges, b.ColumnEdges) || Subset(b.ColumnEdges, a.ColumnEdges);
    }

    private static bool Subset(double[] edges, double[] of) => edges.All(e => of.Any(o => Math.Abs(o - e) <= ColumnTolerance));

    public static List<IReadOnlyList<string>> Rows(List<PdfTable> fragments)
    {
        var edges = UnionEdges(fragments);
        var rows = new List<string[]>();
        (PdfTable Table, int[] Columns)? previous = null;
        foreach (var fragment in fragments)
        {
            var columns = ColumnMap(fragment, edges);
            var fragmentRows = Enumerable.Range(0, fragment.RowCount)
                .Select(r => Enumerable.Range(0, columns.Length).Select(j => StartsRegion(fragment, columns, r, j) ? fragment.Text(r, columns[j]) : "").ToArray())
                .ToList();
            if (previous is { } before && rows.Count > 0)
            {
                // Word processors repeat the heading rows at the top of each page ("重复标题行").
                var repeated = 0;
                while (repeated < fragmentRows.Count && repeated < rows.Count - 1 && fragmentRows[repeated].SequenceEqual(rows[repeated]) && !rows[repeated].Any(IsNumber)) repeated++;
                fragmentRows.RemoveRange(0, repeated);
                if (fragmentRows.Count > 0)
                {
                    var last = rows[^1];
                    var split = IsSplitRow(last, fragmentRows[0]);
                    FillContinuedRegions(before, (fragment, columns), repeated, fragmentRows, last, split);
                    if (split)
                    {
                        rows[^1] = Merge(last, fragmentRows[0]);
                        fragmentRows.RemoveAt(0);
                    }
                }
            }
            rows.AddRange(fragmentRows);
            previous = (fragment, columns);
        }
        return rows.Where(r => r.Any(c => c.Length > 0)).Select(r => (IReadOnlyList<string>)r).ToList();
    }

    private static List<double> UnionEdges(List<PdfTable> fragments)
    {
        var edges = new List<double>();
        foreach (var edge in fragments.SelectMany(f => f.ColumnEdges).Order())
        {
            if (edges.Count == 0 || edge - edges[^1] > ColumnTolerance) edges.Add(edge);
        }
        return edges;
    }

    /// <summary>For each column of the joined table, the fragment's own column that covers it.</summary>
    private static int[] ColumnMap(PdfTable fragment, List<double> edges) =>
        [.. Enumerable.Range(0, edges.Count - 1).Select(j =>
        {
            var middle = (edges[j] + edges[j + 1]) / 2;
            var column = Array.FindIndex(fragment.ColumnEdges, 1, e => middle <= e) - 1;
            return Math.Clamp(column, 0, fragment.ColumnCount - 1);
        })];

    /// <summary>
    /// A row broken by the page: exactly one of the two halves carries the numbers, and the other half is
    /// empty in every numeric column. Two ordinary data rows both carry numbers.
    /// </summary>
    private static bool IsSplitRow(string[] last, string[] first)
    {
        if (last.Length != first.Length) return false;
        var lastNumeric = last.Select(IsNumber).ToArray();
        var firstNumeric = first.Select(IsNumber).ToArray();
        if (lastNumeric.Any(n => n) == firstNumeric.Any(n => n)) return false;
        var (numbers, other) = lastNumeric.Any(n => n) ? (lastNumeric, first) : (firstNumeric, last);
        return Enumerable.Range(0, numbers.Length).All(i => !numbers[i] || other[i].Length == 0) && first.Any(c => c.Length > 0);
    }

    /// <summary>Empty regions at the top of a continuation that carry on a merged cell from the page before get its text.</summary>
    private static void FillContinuedRegions((PdfTable Table, int[] Columns) previous, (PdfTable Table, int[] Columns) fragment, int firstRow, List<string[]> rows, string[] last, bool split)
    {
        var lastRow = previous.Table.RowCount - 1;
        var width = fragment.Columns.Length;
        for (var j = 0; j < width; j++)
        {
            var region = fragment.Table.Regions[firstRow, fragment.Columns[j]];
            if (fragment.Table.RegionTexts[region].Length > 0 || last[j].Length == 0) continue;
            var continuesMerge = previous.Table.RegionRowSpans[previous.Table.Regions[lastRow, previous.Columns[j]]] >= 2;
            if (!continuesMerge && !split) continue;
            for (var r = firstRow; r < fragment.Table.RowCount; r++)
            {
                for (var k = 0; k < width; k++)
                {
                    if (fragment.Table.Regions[r, fragment.Columns[k]] == region && StartsRegion(fragment.Table, fragment.Columns, r, k)) rows[r - firstRow][k] = last[j];
                }
            }
        }
    }

    /// <summary>Whether column j of the joined table is the leftmost slot of its merged cell in row r (see <see cref="TableGrid"/>).</summary>
    private static bool StartsRegion(PdfTable fragment, int[] columns, int r, int j) =>
        j == 0 || columns[j - 1] != columns[j] && fragment.Regions[r, columns[j - 1]] != fragment.Regions[r, columns[j]];

    private static string[] Merge(string[] last, string[] first) =>
        [.. last.Zip(first, (a, b) => a == b || b.Length == 0 ? a : a.Length == 0 ? b : BlockText.Clean(a + " " + b))];

    private static bool IsNumber(string cell) => Number().IsMatch(cell);

    [GeneratedRegex(@"^-?\d[\d,，.]*%?$")]
    private static partial Regex Number();
}
