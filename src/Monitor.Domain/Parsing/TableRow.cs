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

    public string Label { get; } = ChineseText.Compact(string.Concat(Labels));

    public bool HasValues => Values.Count > 0;

    public static TableRow From(IReadOnlyList<string> cells)
    {
        var lastLabel = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i].Trim();
            if (cell.Length > 0 && !IsValueLike(cell)) lastLabel = i;
        }
        var labels = new List<string>();
        var values = new List<TableCell>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i].Trim();
            if (cell.Length == 0) continue;
            if (i <= lastLabel)
            {
                if (!IsValueLike(cell)) labels.Add(cell);
            }
            else
            {
                values.Add(TableCell.Parse(cell));
            }
        }
        return new TableRow(labels, values);
    }

    public static bool IsValueLike(string cell) => BlankMarks.Contains(cell) || TableCell.Parse(cell).IsNumeric;
}
