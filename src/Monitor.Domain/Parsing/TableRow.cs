using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// One source row split into label cells and value cells. Empty cells are structure (rowspan/colspan
/// leftovers, leading tabs), never values; a blank-like mark ("/", "—", "无") where a number belongs is a value.
/// Values are the value-like cells after the last label cell.
/// </summary>
internal sealed record TableRow(IReadOnlyList<string> Labels, IReadOnlyList<TableCell> Values)
{
    private static readonly HashSet<string> BlankMarks = ["/", "／", "—", "——", "-", "－", "–", "无", "\\"];

    // Lazy: Table 四 rows and most data rows are read for their values only.
    public string Label => field ??= ChineseText.Compact(string.Concat(Labels));

    public bool HasValues => Values.Count > 0;

    public static TableRow From(IReadOnlyList<string> cells)
    {
        var trimmed = new string[cells.Count];
        var parsed = new TableCell?[cells.Count];
        var lastLabel = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = trimmed[i] = cells[i].Trim();
            if (cell.Length == 0) continue;
            parsed[i] = AsValue(cell);
            if (parsed[i] is null) lastLabel = i;
        }
        var labels = new List<string>();
        var values = new List<TableCell>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = trimmed[i];
            if (cell.Length == 0) continue;
            if (i > lastLabel) values.Add(parsed[i]!);
            else if (parsed[i] is null) labels.Add(cell);
        }
        return new TableRow(labels, values);
    }

    /// <summary>
    /// The last <paramref name="count"/> cells as values when blanks stand where numbers belong (a department with no
    /// legal-person applicants leaves those cells empty): each is a value or empty, the first is filled, and a label
    /// cell comes before them. Null when the row is not shaped so.
    /// </summary>
    public static IReadOnlyList<TableCell>? WithBlankValues(IReadOnlyList<string> cells, int count)
    {
        if (cells.Count <= count) return null;
        var tail = cells.Skip(cells.Count - count).Select(c => c.Trim()).ToList();
        // The first value cell (自然人) must be filled: an empty cell right after the label is a layout spacer
        // of a merged label column, and the row then lacks a column (S07).
        if (tail[0].Length == 0 || tail.Any(c => c.Length > 0 && !IsValue(c))) return null;
        if (!cells.Take(cells.Count - count).Any(c => c.Trim().Length > 0 && !IsValue(c.Trim()))) return null;
        return [.. tail.Select(c => c.Length == 0 ? new TableCell("", null) : AsValue(c)!)];
    }

    public static bool IsValue(string cell) => cell.Length > 0 && AsValue(cell) is not null;

    /// <summary>The cell as a value when it is a number or a blank mark; null when it is label text.</summary>
    private static TableCell? AsValue(string cell)
    {
        if (BlankMarks.Contains(cell)) return new TableCell(cell, null);
        // Label text is by far the most common non-value: reject it before the costlier number parse.
        var first = cell[0];
        if (first is not (>= '0' and <= '9' or >= '０' and <= '９' or '-' or '－' or '+' or '.')) return null;
        var parsed = TableCell.Parse(cell);
        return parsed.IsNumeric ? parsed : null;
    }
}
