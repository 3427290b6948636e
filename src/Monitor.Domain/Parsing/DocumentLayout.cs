using Monitor.Domain.Documents;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>A part as found while walking the blocks: heading as written and its narrative lines.</summary>
internal sealed record PartSection(PartNumber Number, string Heading, List<string> Lines);

/// <summary>
/// One pass over the blocks: splits narrative into preamble and parts, and groups table blocks into
/// tables 二/三/四 (by their words, else by the part they stand in; a table broken into several blocks
/// is joined back).
/// </summary>
internal sealed class DocumentLayout
{
    public List<string> Preamble { get; } = [];

    public List<string> AllText { get; } = [];

    public List<PartSection> Parts { get; } = [];

    public Dictionary<StatTableId, List<IReadOnlyList<string>>> Tables { get; } = [];

    /// <summary>Text lines of parts 二–四 that look like table rows, for tables printed without structure.</summary>
    private Dictionary<StatTableId, List<IReadOnlyList<string>>> TextRows { get; } = [];

    public static DocumentLayout Read(IReadOnlyList<DocumentBlock> blocks)
    {
        var layout = new DocumentLayout();
        PartSection? current = null;
        StatTableId? lastTable = null;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TextBlock { Text: var whole }:
                    var text = whole;
                    // "…工作。二、主动公开政府信息情况": a heading run on at the end of a paragraph starts its part.
                    if (TrailingHeading(whole, layout) is { } split)
                    {
                        (current?.Lines ?? layout.Preamble).Add(split.Body);
                        layout.AllText.Add(split.Body);
                        text = split.Heading;
                    }
                    if (PartHeadings.Match(text) is { } heading && layout.Parts.All(p => p.Number != heading.Number))
                    {
                        current = new PartSection(heading.Number, heading.Heading, heading.RunOn.Length > 0 ? [heading.RunOn] : []);
                        layout.Parts.Add(current);
                        lastTable = null;
                    }
                    else if (current?.Number == PartNumber.Overview && PartHeadings.IsUnknownPartHeading(text))
                    {
                        // Lines of an unknown part belong to no part of the format; they stay in the full text.
                        current = new PartSection(PartNumber.OtherMatters, text, []);
                    }
                    else if (lastTable is { } open && TableOfPart(current?.Number) == open && StrayRow(text) is { } stray)
                    {
                        // A row the PDF table finder left out at a page's foot ("2.没有现成信息需要另行制作3 0 0 0 0 0 3"
                        // between the table's two pages) goes back into its table, in place.
                        layout.Tables[open].Add(stray);
                        continue;
                    }
                    else
                    {
                        (current?.Lines ?? layout.Preamble).Add(text);
                        if (TableOfPart(current?.Number) is { } partTable && RowInText(text) is { } cells)
                        {
                            if (!layout.TextRows.TryGetValue(partTable, out var textRows)) layout.TextRows[partTable] = textRows = [];
                            textRows.Add(cells);
                        }
                    }
                    layout.AllText.Add(text);
                    break;
                case TableBlock { Rows: var rows }:
                    var id = TableKind.Recognise(rows) ?? lastTable ?? TableOfPart(current?.Number);
                    if (id is not { } tableId) break;
                    if (!layout.Tables.TryGetValue(tableId, out var existing)) layout.Tables[tableId] = existing = [];
                    existing.AddRange(rows);
                    lastTable = tableId;
                    break;
            }
        }
        layout.AdoptTextTables();
        return layout;
    }

    /// <summary>
    /// A table missing as a block may have been printed as text lines ("规章 0 0 0"); those lines stand in
    /// for it when their words show they are that table, so the readers can recover or report them.
    /// </summary>
    private void AdoptTextTables()
    {
        foreach (var (id, rows) in TextRows)
        {
            if (Tables.ContainsKey(id)) continue;
            var recognised = TableKind.Recognise(rows) == id
                || (id == StatTableId.ReviewsAndLitigation && rows.Any(r => r.Count >= 5 && r.All(TableRow.IsValue)));
            if (recognised) Tables[id] = rows;
        }
    }

    private static (string Body, string Heading)? TrailingHeading(string text, DocumentLayout layout)
    {
        if (text.Length < 6) return null;
        var stop = text.LastIndexOf('。', text.Length - 2);
        if (stop <= 0 || stop == text.Length - 1) return null;
        var tail = text[(stop + 1)..].Trim();
        if (PartHeadings.Match(tail) is not { RunOn.Length: 0 } heading || layout.Parts.Any(p => p.Number == heading.Number)) return null;
        return (text[..(stop + 1)], tail);
    }

    /// <summary>
    /// A text line that is a table row dropped out of its table: a label and at least three values, the first value
    /// possibly glued to the label by the PDF's text order ("…另行制作3").
    /// </summary>
    private static IReadOnlyList<string>? StrayRow(string text)
    {
        if (RowInText(text) is not { } cells || cells.Count(TableRow.IsValue) < 3) return null;
        var label = cells[0];
        if (TableRow.IsValue(label)) return null;
        var digits = label.Length - label.AsSpan().TrimEnd("0123456789").Length;
        return digits > 0 && digits < label.Length && !char.IsAsciiDigit(label[^(digits + 1)]) && label[^(digits + 1)] is not '.' and not '、'
            ? [label[..^digits], label[^digits..], .. cells.Skip(1)]
            : cells;
    }

    private static IReadOnlyList<string>? RowInText(string text)
    {
        var tokens = text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return tokens.Length >= 2 && TableRow.IsValue(tokens[^1]) ? tokens : null;
    }

    private static StatTableId? TableOfPart(PartNumber? part) => part switch
    {
        PartNumber.ProactiveDisclosure => StatTableId.Proactive,
        PartNumber.Applications => StatTableId.Applications,
        PartNumber.ReviewsAndLitigation => StatTableId.ReviewsAndLitigation,
        _ => null,
    };
}
