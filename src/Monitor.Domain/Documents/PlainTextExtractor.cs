namespace Monitor.Domain.Documents;

/// <summary>
/// Reads plain-text reports such as the seeds: lines with tabs are table rows (consecutive ones form a
/// table, even across blank lines left by page breaks), other non-blank lines are paragraphs. Tables written by
/// PDF-to-text and web-to-text tools are rows too: pipe rows ("| 一、本年新收 | 14 | … |" or "规章 | 0 | 0 | 0 |",
/// markdown separator rows skipped) and columns aligned with runs of spaces when the line carries at least two numbers.
/// Markdown '#' heading marks and **bold** are stripped: reports copied from web pages carry them.
/// </summary>
public static partial class PlainTextExtractor
{
    public static ExtractedDocument Extract(string text)
    {
        var blocks = new List<DocumentBlock>();
        List<IReadOnlyList<string>>? table = null;
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (IsPipeSeparator(line)) continue;
            if (CellsOf(line) is { } cells)
            {
                table ??= [];
                table.Add(cells);
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                // A blank line inside a table (page break in a copied PDF) does not end it when a row follows.
                if (table is not null && NextNonBlankIsRow(lines, i)) continue;
                Flush();
                continue;
            }
            Flush();
            var cleaned = CleanInline(StripHeadingMarks(line)).Trim();
            if (cleaned.Length > 0) blocks.Add(new TextBlock(cleaned));
        }
        Flush();
        return new ExtractedDocument(SourceFormat.PlainText, blocks);

        void Flush()
        {
            if (table is { Count: > 0 }) blocks.Add(new TableBlock(table));
            table = null;
        }
    }

    private static bool NextNonBlankIsRow(string[] lines, int index)
    {
        for (var j = index + 1; j < lines.Length; j++)
        {
            if (string.IsNullOrWhiteSpace(lines[j])) continue;
            return CellsOf(lines[j]) is not null;
        }
        return false;
    }

    /// <summary>The cells of a table row written with tabs, pipes or aligned spaces; null for a paragraph.</summary>
    private static IReadOnlyList<string>? CellsOf(string line)
    {
        if (line.Contains('\t') && !IsIndentedParagraph(line))
        {
            return [.. line.Split('\t').Select(c => CleanInline(c).Trim())];
        }
        var trimmed = line.Trim();
        if (trimmed.Count(c => c == '|') >= 2 && !trimmed.EndsWith('。'))
        {
            var inner = trimmed.StartsWith('|') ? trimmed[1..] : trimmed;
            if (inner.EndsWith('|')) inner = inner[..^1];
            return [.. inner.Split('|').Select(c => CleanInline(c).Trim())];
        }
        var aligned = AlignedColumns().Split(trimmed);
        if (aligned.Length >= 3 && aligned.Count(IsNumberLike) >= 2 && !aligned.Any(c => c.EndsWith('。')))
        {
            return [.. aligned.Select(c => CleanInline(c).Trim())];
        }
        return null;
    }

    private static bool IsNumberLike(string cell) =>
        cell.Length > 0 && (char.IsAsciiDigit(cell[0]) || cell[0] is '-' or '—' or '/' or '／') && cell.Length <= 12;

    /// <summary>"|---|:---:|" under a markdown header row.</summary>
    private static bool IsPipeSeparator(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 2 && trimmed[0] == '|' && trimmed.All(c => c is '|' or '-' or ':' or ' ');
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s{2,}|\u3000+")]
    private static partial System.Text.RegularExpressions.Regex AlignedColumns();

    /// <summary>
    /// A paragraph indented with a tab is not a table row: it has a single cell that reads as a sentence
    /// (ends with a full stop or is longer than any table label).
    /// </summary>
    private static bool IsIndentedParagraph(string line)
    {
        string? only = null;
        foreach (var cell in line.Split('\t'))
        {
            if (string.IsNullOrWhiteSpace(cell)) continue;
            if (only is not null) return false;
            only = cell.Trim();
        }
        return only is not null && (only.EndsWith('。') || only.Length > 60);
    }

    private static string StripHeadingMarks(string line) => line.TrimStart().StartsWith('#') ? line.TrimStart().TrimStart('#') : line;

    private static string CleanInline(string text) => text.Contains("**", StringComparison.Ordinal) ? text.Replace("**", "") : text;
}
