namespace Monitor.Domain.Documents;

/// <summary>
/// Reads plain-text reports such as the seeds: lines with tabs are table rows (consecutive ones form a
/// table, even across blank lines left by page breaks), other non-blank lines are paragraphs.
/// Markdown '#' heading marks and **bold** are stripped: reports copied from web pages carry them.
/// </summary>
public static class PlainTextExtractor
{
    public static ExtractedDocument Extract(string text)
    {
        var blocks = new List<DocumentBlock>();
        List<IReadOnlyList<string>>? table = null;
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('\t') && !IsIndentedParagraph(line))
            {
                table ??= [];
                table.Add([.. line.Split('\t').Select(c => CleanInline(c).Trim())]);
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
            return lines[j].Contains('\t') && !IsIndentedParagraph(lines[j]);
        }
        return false;
    }

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
