namespace Monitor.Domain.Parsing;

/// <summary>
/// One source row split into its label (the text cells, joined and compacted) and its values (the cells after
/// the last text cell that stand where a value belongs). Empty cells are structure left by merged cells and
/// leading tabs, not values; "/", "—", "-" and "无" are values the report wrote, which T01 reports.
/// </summary>
internal sealed record TableRowCells(string Label, IReadOnlyList<string> Values)
{
    public bool HasValues => Values.Count > 0;

    public static TableRowCells From(IReadOnlyList<string> cells)
    {
        var lastLabel = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i].Trim();
            if (text.Length > 0 && !IsValueLike(text))
            {
                lastLabel = i;
            }
        }

        var label = string.Concat(cells.Take(lastLabel + 1).Select(ChineseText.Compact));
        var values = cells.Skip(lastLabel + 1).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        return new TableRowCells(label, values);
    }

    /// <summary>Numbers (half- or full-width, with thousands separators) and the placeholders reports put in value cells.</summary>
    public static bool IsValueLike(string text)
    {
        var compact = ChineseText.Compact(text).Replace(",", string.Empty, StringComparison.Ordinal);
        if (compact.Length == 0)
        {
            return false;
        }

        if (compact is "/" or "—" or "——" or "-" or "--" or "无" or "\\" or "－" or "―" or "─")
        {
            return true;
        }

        var digits = 0;
        foreach (var c in compact)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('.' or '-'))
            {
                return false;
            }
        }

        return digits > 0;
    }
}
