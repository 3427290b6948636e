namespace Monitor.Domain.Documents;

/// <summary>
/// Lays out the cells of one table in the order a reader meets them (row by row, left to right) and
/// expands merged cells, the same way for HTML (rowspan/colspan), DOCX (vMerge/gridSpan) and PDF
/// (missing ruling lines). Down rows, a merged cell's text repeats in each row it covers, so the parser
/// finds a row's labels in the row itself ("三、本年度办理结果" sits beside each of its 22 result rows).
/// Across columns, the text stands in the first slot and the slots it covers are empty: a value merged
/// over three columns ("行政许可 | 12" under three column headings) must count as one value, not three,
/// which is also how the plain-text copies of reports (the seeds) show merged cells.
/// </summary>
internal sealed class TableGrid(int maxCells)
{
    private readonly List<List<string?>> rows = [];
    private int cells;
    private int current = -1;

    public bool Overflowed { get; private set; }

    public void StartRow()
    {
        current++;
        while (rows.Count <= current) rows.Add([]);
    }

    /// <summary>Places a cell in the next free slot of the current row, spanning rows below as needed.</summary>
    public void AddCell(string text, int rowSpan = 1, int colSpan = 1)
    {
        if (Overflowed) return;
        if (current < 0) StartRow();
        var rowIndex = current;
        var column = NextFreeColumn(rows[rowIndex]);
        rowSpan = Math.Max(1, rowSpan);
        colSpan = Math.Max(1, colSpan);
        if ((long)rowSpan * colSpan + cells > maxCells)
        {
            Overflowed = true;
            return;
        }
        for (var r = rowIndex; r < rowIndex + rowSpan; r++)
        {
            while (rows.Count <= r) rows.Add([]);
            for (var c = column; c < column + colSpan; c++) Set(rows[r], c, c == column ? text : "");
        }
        cells += rowSpan * colSpan;
    }

    /// <summary>A DOCX vMerge continuation: the slots repeat the text of the cell above.</summary>
    public void AddContinuation(int colSpan = 1)
    {
        if (Overflowed) return;
        if (current < 1)
        {
            AddCell("", 1, colSpan);
            return;
        }
        var column = NextFreeColumn(rows[current]);
        var above = rows[current - 1];
        AddCell(column < above.Count ? above[column] ?? "" : "", 1, colSpan);
    }

    /// <summary>Rows with every slot filled (uncovered slots empty); rows with no text at all are dropped.</summary>
    public TableBlock? ToBlock()
    {
        var result = rows
            .Select(r => (IReadOnlyList<string>)r.Select(c => c ?? "").ToList())
            .Where(r => r.Any(c => c.Length > 0))
            .ToList();
        return result.Count == 0 ? null : new TableBlock(result);
    }

    private static int NextFreeColumn(List<string?> row)
    {
        var column = 0;
        while (column < row.Count && row[column] is not null) column++;
        return column;
    }

    private static void Set(List<string?> row, int column, string text)
    {
        while (row.Count <= column) row.Add(null);
        row[column] ??= text;
    }
}
