using System.Text;
using HtmlAgilityPack;

namespace Monitor.Domain.Documents;

/// <summary>Walks an HTML subtree in document order, turning block boundaries into paragraphs and tables into grids.</summary>
internal sealed class HtmlBlockWriter(int maxTableCells)
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article",
        "blockquote", "pre", "center", "address", "main", "figure", "figcaption", "caption", "hr", "tr", "form", "body",
    };

    private readonly List<DocumentBlock> blocks = [];
    private readonly StringBuilder line = new();
    private readonly StringBuilder cellText = new();

    public IReadOnlyList<DocumentBlock> Blocks => blocks;

    public bool TableOverflow { get; private set; }

    public void AddParagraph(string text)
    {
        Flush();
        var cleaned = BlockText.Clean(text);
        if (cleaned.Length > 0) blocks.Add(new TextBlock(cleaned));
    }

    public void Write(HtmlNode node)
    {
        WriteNode(node);
        Flush();
    }

    private void WriteNode(HtmlNode node)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                line.Append(HtmlTree.Text(node));
                return;
            case HtmlNodeType.Comment:
                return;
        }
        if (node.Name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            Flush();
            return;
        }
        if (node.Name.Equals("table", StringComparison.OrdinalIgnoreCase))
        {
            Flush();
            WriteTable(node);
            return;
        }
        var isBlock = BlockTags.Contains(node.Name) || node.Name is "td" or "th";
        if (isBlock) Flush();
        foreach (var child in node.ChildNodes) WriteNode(child);
        if (isBlock) Flush();
    }

    /// <summary>
    /// A table wrapping other tables, or a single cell, is page layout (old CMS templates put the whole
    /// article in one): its contents are read as ordinary blocks. Any other table is data.
    /// </summary>
    private void WriteTable(HtmlNode table)
    {
        var rows = Rows(table).ToList();
        var isLayout = HtmlTree.Contains(table, "table")
            || rows.Count <= 1 && rows.Sum(r => Cells(r).Count()) <= 1;
        if (isLayout)
        {
            foreach (var child in table.ChildNodes) WriteNode(child);
            Flush();
            return;
        }
        var grid = new TableGrid(maxTableCells);
        for (var r = 0; r < rows.Count; r++)
        {
            grid.StartRow();
            foreach (var cell in Cells(rows[r]))
                grid.AddCell(CellText(cell), Span(cell, "rowspan", rows.Count - r), Span(cell, "colspan", 1000));
        }
        if (grid.Overflowed) TableOverflow = true;
        else if (grid.ToBlock() is { } block) blocks.Add(block);
    }

    private static IEnumerable<HtmlNode> Rows(HtmlNode table)
    {
        foreach (var child in table.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element))
        {
            if (child.Name == "tr") yield return child;
            else if (child.Name is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in child.ChildNodes.Where(c => c.Name == "tr")) yield return row;
            }
        }
    }

    private static IEnumerable<HtmlNode> Cells(HtmlNode row) => row.ChildNodes.Where(c => c.Name is "td" or "th");

    // rowspan="0" means "to the end of the table"; spans past the end (a common authoring slip) or absurd
    // ones are clamped so they cannot invent rows or blow up the grid.
    private static int Span(HtmlNode cell, string attribute, int max)
    {
        var raw = cell.GetAttributeValue(attribute, "1").Trim();
        if (!int.TryParse(raw, out var span)) return 1;
        if (span == 0 && attribute == "rowspan") return max;
        return Math.Clamp(span, 1, max);
    }

    private string CellText(HtmlNode cell)
    {
        cellText.Clear();
        AppendCellText(cell);
        return BlockText.Clean(cellText.ToString());
    }

    private void AppendCellText(HtmlNode node)
    {
        if (!node.HasChildNodes) return;
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Text) cellText.Append(HtmlTree.Text(child));
            else if (child.Name is "br" or "p" or "div" or "li") cellText.Append(' ');
            AppendCellText(child);
        }
    }

    private void Flush()
    {
        if (line.Length == 0) return;
        var text = BlockText.Clean(line.ToString());
        line.Clear();
        if (text.Length > 0) blocks.Add(new TextBlock(text));
    }
}
