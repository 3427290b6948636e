using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Monitor.Domain.Documents;

/// <summary>Walks a WordprocessingML body in order, the DOCX counterpart of <see cref="HtmlBlockWriter"/>.</summary>
internal sealed class DocxBlockWriter(int maxTableCells)
{
    private readonly List<DocumentBlock> blocks = [];

    public IReadOnlyList<DocumentBlock> Blocks => blocks;

    public bool TableOverflow { get; private set; }

    public void Write(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    // A manual line break (Shift+Enter) splits a paragraph just as <br> does in HTML.
                    foreach (var line in ParagraphText(paragraph).Split('\n'))
                    {
                        var text = BlockText.Clean(line);
                        if (text.Length > 0) blocks.Add(new TextBlock(text));
                    }
                    break;
                case Table table:
                    WriteTable(table);
                    break;
                case SdtBlock or CustomXmlBlock:
                    Write(element.ChildElements.OfType<SdtContentBlock>().FirstOrDefault() ?? element);
                    break;
                case SdtContentBlock:
                    Write(element);
                    break;
            }
        }
    }

    /// <summary>Layout tables (wrapping other tables, or a single cell) are read as their contents, as in HTML.</summary>
    private void WriteTable(Table table)
    {
        var rows = table.Elements<TableRow>().ToList();
        var isLayout = table.Descendants<Table>().Any() || rows.Count <= 1 && rows.Sum(r => r.Elements<TableCell>().Count()) <= 1;
        if (isLayout)
        {
            foreach (var cell in table.Descendants<TableCell>().Where(c => c.Ancestors<Table>().First() == table)) Write(cell);
            return;
        }
        var grid = new TableGrid(maxTableCells);
        foreach (var row in rows)
        {
            grid.StartRow();
            var properties = row.TableRowProperties;
            var before = properties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var i = 0; i < before; i++) grid.AddCell("");
            foreach (var cell in row.Elements<TableCell>())
            {
                var cellProperties = cell.TableCellProperties;
                var span = Math.Clamp(cellProperties?.GridSpan?.Val?.Value ?? 1, 1, 1000);
                // <w:vMerge/> without a value continues the merge; only val="restart" starts one.
                if (Continues(cellProperties?.VerticalMerge?.Val, cellProperties?.VerticalMerge is not null))
                {
                    grid.AddContinuation(span);
                    continue;
                }
                // Word 97-era documents merge across with hMerge instead of gridSpan: covered slots stay empty.
                var coveredFromLeft = Continues(cellProperties?.HorizontalMerge?.Val, cellProperties?.HorizontalMerge is not null);
                grid.AddCell(coveredFromLeft ? "" : CellText(cell), 1, span);
            }
        }
        if (grid.Overflowed) TableOverflow = true;
        else if (grid.ToBlock() is { } block) blocks.Add(block);
    }

    private static bool Continues(EnumValue<MergedCellValues>? value, bool present) =>
        present && (value is null || value.Value == MergedCellValues.Continue);

    private static string CellText(TableCell cell) =>
        BlockText.Clean(string.Join(" ", cell.Descendants<Paragraph>().Select(p => ParagraphText(p).Replace('\n', ' '))));

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t when !IsFallback(t):
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append(' ');
                    break;
                case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping:
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }
        return text.ToString();
    }

    // Text boxes come twice, as DrawingML and as a VML fallback; reading both would duplicate them.
    private static bool IsFallback(OpenXmlElement element) => element.Ancestors<AlternateContentFallback>().Any();
}
