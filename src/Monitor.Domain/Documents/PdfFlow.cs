using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Domain.Documents;

/// <summary>
/// Turns the lines and tables of all pages into blocks in reading order: running headers and page
/// numbers dropped, wrapped lines joined into paragraphs (also across a page break), and a table that
/// continues on the next page joined into one table.
/// </summary>
internal static partial class PdfFlow
{
    public static IReadOnlyList<DocumentBlock> Blocks(List<PdfPageContent> pages)
    {
        var lines = PdfPageFurniture.Remove(pages);
        var metrics = PdfTextMetrics.Of(lines.SelectMany(l => l).ToList());
        var blocks = new List<DocumentBlock>();
        var paragraph = new StringBuilder();
        PdfLine? previous = null;
        var fragments = new List<PdfTable>();

        for (var p = 0; p < pages.Count; p++)
        {
            var items = lines[p].Select(l => (l.Top, Line: (PdfLine?)l, Table: (PdfTable?)null))
                .Concat(pages[p].Tables.Select(t => (t.Top, Line: (PdfLine?)null, Table: (PdfTable?)t)))
                .OrderByDescending(i => i.Top)
                .ToList();
            var firstOnPage = true;
            foreach (var (_, line, table) in items)
            {
                if (table is not null)
                {
                    FlushParagraph();
                    if (fragments.Count > 0 && !(firstOnPage && table.Page > fragments[^1].Page && PdfTableJoin.SameColumns(fragments[^1], table))) FlushTable();
                    fragments.Add(table);
                }
                else if (line is not null)
                {
                    FlushTable();
                    if (!Continues(previous, line, firstOnPage, metrics)) FlushParagraph();
                    paragraph.Append(' ').Append(line.Text);
                    previous = line;
                }
                firstOnPage = false;
            }
        }
        FlushParagraph();
        FlushTable();
        return blocks;

        void FlushParagraph()
        {
            var text = BlockText.Clean(paragraph.ToString());
            paragraph.Clear();
            previous = null;
            if (text.Length > 0) blocks.Add(new TextBlock(text));
        }

        void FlushTable()
        {
            if (fragments.Count == 0) return;
            var rows = PdfTableJoin.Rows(fragments);
            fragments.Clear();
            if (rows.Count > 0) blocks.Add(new TableBlock(rows));
        }
    }

    /// <summary>
    /// Whether a line carries on the paragraph of the line before: that line ran to the right margin
    /// (it wrapped), this one is not indented, the font is the same, the gap is an ordinary line gap,
    /// and it does not open with an enumerator such as "二、" or "（三）".
    /// </summary>
    private static bool Continues(PdfLine? previous, PdfLine line, bool firstOnPage, PdfTextMetrics metrics)
    {
        if (previous is null) return false;
        var size = previous.FontSize;
        if (Math.Abs(line.FontSize - size) > 0.15 * size) return false;
        // Chinese wraps anywhere, so a line ending short of the margin ended its paragraph, unless the
        // next line starts with a piece that could not have fitted there ("〔2021〕30号" is not broken).
        if (metrics.RightMargin - previous.Right > Math.Max(1.5 * size, line.LeadWidth + 0.5 * size)) return false;
        if (line.Left > Math.Min(previous.Left, metrics.LeftMargin) + 0.5 * size) return false;
        if (Enumerator().IsMatch(line.Text)) return false;
        if (line.Page != previous.Page) return firstOnPage && line.Page == previous.Page + 1;
        var gap = previous.Baseline - line.Baseline;
        return gap > 0 && gap <= metrics.LinePitch(size) * 1.25;
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节条部分])")]
    private static partial Regex Enumerator();
}

/// <summary>Page-wide measures the paragraph logic compares lines against.</summary>
internal sealed record PdfTextMetrics(double LeftMargin, double RightMargin, double Pitch, double PitchFontSize)
{
    public static PdfTextMetrics Of(List<PdfLine> lines)
    {
        if (lines.Count == 0) return new PdfTextMetrics(0, 0, 0, 0);
        // Long lines are wrapped body text: their ends mark the right margin better than headings do.
        var body = lines.Where(l => l.Text.Length >= 15).ToList();
        if (body.Count == 0) body = lines;
        var gaps = lines.Zip(lines.Skip(1))
            .Where(p => p.First.Page == p.Second.Page && Math.Abs(p.First.FontSize - p.Second.FontSize) < 0.5)
            .Select(p => (Gap: Math.Round((p.First.Baseline - p.Second.Baseline) * 2) / 2, p.First.FontSize))
            .Where(g => g.Gap > 0 && g.Gap < 3 * g.FontSize)
            .GroupBy(g => g.Gap)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .FirstOrDefault();
        // Not the maximum: punctuation hanging into the margin overshoots it, and left-aligned text is ragged.
        var rights = body.Select(l => l.Right).Order().ToList();
        return new PdfTextMetrics(
            body.Min(l => l.Left),
            rights[(int)(0.8 * (rights.Count - 1))],
            gaps?.Key ?? 0,
            gaps?.First().FontSize ?? 0);
    }

    /// <summary>The usual distance between baselines of wrapped lines, scaled to a font size.</summary>
    public double LinePitch(double fontSize) => Pitch > 0 && PitchFontSize > 0 ? Pitch * fontSize / PitchFontSize : 1.8 * fontSize;
}
