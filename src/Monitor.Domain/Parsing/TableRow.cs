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
