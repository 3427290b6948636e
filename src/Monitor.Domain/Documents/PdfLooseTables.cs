using System.Text.RegularExpressions;

namespace Monitor.Domain.Documents;

/// <summary>
/// Rebuilds tables drawn without ruling lines from the positions of their text: a run of lines that
/// split into several pieces at wide gaps, with numbers among them, is a table; columns are the x-ranges
/// those pieces occupy. A label wrapped inside its cell (a line with no numbers between or beside value
/// lines) is merged into the value row nearest to it, as the row's vertical extent would show.
/// </summary>
internal static partial class PdfLooseTables
{
    public static (List<PdfLine> Lines, List<PdfTable> Tables) Extract(List<PdfLine> lines, int page)
    {
        var inTable = new bool[lines.Count];
        var tables = new List<PdfTable>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsAnchor(lines[i]))
            {
                i++;
                continue;
            }
            // Grow the run over value rows and over labels wrapped inside the first column.
            var firstColumnEnd = lines[i].Segments[1].Left;
            var lastAnchor = i;
            for (var j = i + 1; j < lines.Count && Close(lines[j - 1], lines[j], 2.5); j++)
            {
                if (IsAnchor(lines[j])) lastAnchor = j;
                else if (lines[j].Segments.Count < 2 && lines[j].Right >= firstColumnEnd) break;
            }
            if (Enumerable.Range(i, lastAnchor - i + 1).Count(k => IsAnchor(lines[k])) >= 2)
            {
                var start = i;
                while (start > 0 && lines[start - 1].Segments.Count >= 2 && Close(lines[start - 1], lines[start], 2.5)) start--;
                var end = lastAnchor;
                if (end + 1 < lines.Count && lines[end + 1].Right < firstColumnEnd && Close(lines[end], lines[end + 1], 1.5)) end++;
                tables.Add(Build(lines.GetRange(start, end - start + 1), i - start, page));
                for (var k = start; k <= end; k++) inTable[k] = true;
                i = end + 1;
                continue;
            }
            i = lastAnchor + 1;
        }
        return (lines.Where((_, k) => !inTable[k]).ToList(), tables);
    }

    private static bool IsAnchor(PdfLine line) => line.Segments.Count >= 2 && line.Segments.Any(s => Number().IsMatch(s.Text));

    private static bool Close(PdfLine upper, PdfLine lower, double sizes) =>
        lower.Page == upper.Page && upper.Baseline - lower.Baseline <= sizes * Math.Max(upper.FontSize, lower.FontSize);

    private static PdfTable Build(List<PdfLine> lines, int firstAnchor, int page)
    {
        var columns = Columns(lines);
        var anchors = lines.Where(IsAnchor).ToList();
        var rowOf = new Dictionary<PdfLine, List<PdfLine>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var owner = i < firstAnchor || IsAnchor(line) ? line : anchors.MinBy(a => Math.Abs(a.Baseline - line.Baseline))!;
            if (!rowOf.TryGetValue(owner, out var row)) rowOf[owner] = row = [];
            row.Add(line);
        }
        var rows = rowOf.OrderByDescending(r => r.Key.Baseline).Select(r => r.Value).ToList();

        var texts = new List<string>();
        var regions = new int[rows.Count, columns.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = Enumerable.Range(0, columns.Count).Select(_ => new List<string>()).ToArray();
            foreach (var line in rows[r].OrderByDescending(l => l.Baseline))
            {
                foreach (var segment in line.Segments) cells[Column(columns, segment)].Add(segment.Text);
            }
            for (var c = 0; c < columns.Count; c++)
            {
                regions[r, c] = texts.Count;
                texts.Add(BlockText.Clean(string.Join(" ", cells[c])));
            }
        }

        var edges = new List<double> { columns[0].Left };
        for (var c = 1; c < columns.Count; c++) edges.Add((columns[c - 1].Right + columns[c].Left) / 2);
        edges.Add(columns[^1].Right);
        var rowEdges = new List<double> { rows[0].Max(l => l.Top) };
        rowEdges.AddRange(rows.Select(r => r.Min(l => l.Bottom)));
        return new PdfTable
        {
            ColumnEdges = [.. edges],
            RowEdges = [.. rowEdges],
            Regions = regions,
            RegionTexts = [.. texts],
            RegionRowSpans = [.. texts.Select(_ => 1)],
            Page = page,
        };
    }

    /// <summary>The x-ranges covered by the pieces of the lines, overlapping ranges joined.</summary>
    private static List<(double Left, double Right)> Columns(List<PdfLine> lines)
    {
        var columns = new List<(double Left, double Right)>();
        foreach (var segment in lines.SelectMany(l => l.Segments).OrderBy(s => s.Left))
        {
            if (columns.Count > 0 && segment.Left <= columns[^1].Right + 1) columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, segment.Right));
            else columns.Add((segment.Left, segment.Right));
        }
        return columns;
    }

    private static int Column(List<(double Left, double Right)> columns, PdfSegment segment)
    {
        var middle = (segment.Left + segment.Right) / 2;
        var index = columns.FindIndex(c => middle >= c.Left && middle <= c.Right);
        return index >= 0 ? index : 0;
    }

    [GeneratedRegex(@"^-?\d[\d,，.]*%?$")]
    private static partial Regex Number();
}
