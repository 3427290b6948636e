using System.Text;
using UglyToad.PdfPig.Content;

namespace Monitor.Domain.Documents;

/// <summary>
/// One line of text on a PDF page, with the geometry the paragraph and table logic need. LeadWidth is
/// the width of the line's first unbreakable piece (up to its first ideograph): whether it would have
/// fitted at the end of the line above tells a forced wrap from a paragraph end.
/// </summary>
internal sealed record PdfLine(string Text, double Left, double Right, double Baseline, double Top, double FontSize, int Page, double LeadWidth)
{
    /// <summary>Pieces of the line separated by wide gaps: the cells of a table drawn without borders.</summary>
    public IReadOnlyList<PdfSegment> Segments { get; init; } = [];

    public double Bottom => Baseline - 0.2 * FontSize;
}

/// <summary>A run of text on one line with no wide gap inside.</summary>
internal sealed record PdfSegment(string Text, double Left, double Right);

/// <summary>Groups letters into lines by baseline and reads each line left to right.</summary>
internal static class PdfLines
{
    public static List<PdfLine> Build(IEnumerable<Letter> letters, int page)
    {
        var lines = new List<List<Letter>>();
        foreach (var letter in letters.Where(l => !string.IsNullOrEmpty(l.Value)).OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var current = lines.Count > 0 ? lines[^1] : null;
            var size = Size(letter);
            if (current is not null && Math.Abs(current[0].StartBaseLine.Y - letter.StartBaseLine.Y) <= 0.4 * Math.Max(size, Size(current[0])))
                current.Add(letter);
            else
                lines.Add([letter]);
        }
        return lines
            .Select(l => ToLine(l, page))
            .Where(l => l.Text.Length > 0)
            .ToList();
    }

    /// <summary>The text of letters that may span several lines (a wrapped table cell), top to bottom.</summary>
    public static string Text(IEnumerable<Letter> letters) =>
        BlockText.Clean(string.Join(" ", Build(letters, 0).Select(l => l.Text)));

    private static PdfLine ToLine(List<Letter> letters, int page)
    {
        var ordered = letters.OrderBy(l => l.StartBaseLine.X).ToList();
        var text = new StringBuilder();
        var segments = new List<PdfSegment>();
        var segment = new StringBuilder();
        Letter? previous = null;
        var segmentLeft = ordered[0].StartBaseLine.X;
        foreach (var letter in ordered)
        {
            if (previous is not null)
            {
                var size = Math.Max(Size(previous), Size(letter));
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                // Fake bold draws every glyph twice, a hair apart.
                if (letter.Value == previous.Value && Math.Abs(letter.StartBaseLine.X - previous.StartBaseLine.X) < 0.3 * size) continue;
                if (gap > 0.25 * size) text.Append(' ');
                if (gap > SegmentGap * size)
                {
                    AddSegment(segments, segment, segmentLeft, previous.EndBaseLine.X);
                    segmentLeft = letter.StartBaseLine.X;
                }
                else if (gap > 0.25 * size)
                {
                    segment.Append(' ');
                }
            }
            text.Append(letter.Value);
            segment.Append(letter.Value);
            previous = letter;
        }
        AddSegment(segments, segment, segmentLeft, previous!.EndBaseLine.X);
        var cleaned = BlockText.Clean(text.ToString());
        var visible = ordered.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (visible.Count == 0) visible = ordered;
        // Margins are measured on the pen positions, not the ink: full-width brackets and commas sit in
        // one half of their em box, which would make a line look indented or short.
        var lead = visible.FindIndex(l => l.Value.Length == 1 && IsIdeograph(l.Value[0]));
        // Line-breaking rules carry closing punctuation down with the character before it ("系。").
        while (lead >= 0 && lead + 1 < visible.Count && visible[lead + 1].Value.Length == 1 && ClosingPunctuation.Contains(visible[lead + 1].Value[0])) lead++;
        var leadRight = lead >= 0 ? visible[lead].EndBaseLine.X : visible[^1].EndBaseLine.X;
        var left = visible.Min(l => l.StartBaseLine.X);
        return new PdfLine(
            cleaned,
            left,
            visible.Max(l => l.EndBaseLine.X),
            visible.Average(l => l.StartBaseLine.Y),
            visible.Max(l => l.BoundingBox.Top),
            visible.Max(Size),
            page,
            leadRight - left)
        {
            Segments = segments,
        };
    }

    /// <summary>Wider than any space inside running text, narrower than the padding between table columns.</summary>
    private const double SegmentGap = 0.75;

    private static void AddSegment(List<PdfSegment> segments, StringBuilder text, double left, double right)
    {
        var cleaned = BlockText.Clean(text.ToString());
        text.Clear();
        if (cleaned.Length > 0) segments.Add(new PdfSegment(cleaned, left, right));
    }

    private const string ClosingPunctuation = "，。、；：？！）》」』”’〕】%,.;:?!)";

    private static bool IsIdeograph(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    internal static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
}
