using System.Buffers;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Monitor.Domain.Documents;

/// <summary>
/// Reads a PDF report from its text layer: letters grouped into lines by baseline, lines into paragraphs
/// (<see cref="PdfFlow"/>), and tables rebuilt from the ruling lines drawn around their cells
/// (<see cref="PdfTableFinder"/>), continued across page breaks. A PDF without a text layer is a scan.
/// </summary>
public static class PdfExtractor
{
    public const string ScannedReason = "PDF为扫描图片，没有可提取的文字层，无法自动读取，请人工核查。";

    public static ExtractedDocument Extract(ReadOnlySpan<byte> bytes, ExtractionLimits? limits = null)
    {
        // PdfPig needs the bytes in memory it can hold; a pooled buffer spares a large-object-heap copy per
        // document (those copies trigger full collections). Nothing read from the document outlives it.
        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
        try
        {
            bytes.CopyTo(buffer);
            return Extract(new ReadOnlyMemory<byte>(buffer, 0, bytes.Length), limits ?? ExtractionLimits.Default);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ExtractedDocument Extract(ReadOnlyMemory<byte> bytes, ExtractionLimits limits)
    {
        if (PdfStreamBudget.Exceeded(bytes.Span, limits) is { } reason) return ExtractedDocument.Unreadable(SourceFormat.Pdf, reason);
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            return ExtractedDocument.Unreadable(SourceFormat.Pdf, "PDF文件已加密，无法自动读取，请人工核查。");
        }
        using (document)
        {
            if (document.NumberOfPages > limits.MaxPdfPages)
                return ExtractedDocument.Unreadable(SourceFormat.Pdf, $"PDF共{document.NumberOfPages}页，超过{limits.MaxPdfPages}页的上限，未自动读取，请人工核查。");

            var pages = new List<PdfPageContent>();
            int letters = 0, unmapped = 0;
            foreach (var page in document.GetPages())
            {
                var pageLetters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                letters += pageLetters.Count;
                unmapped += pageLetters.Count(l => HasUnmappedGlyph(l.Value));
                var tables = PdfTableFinder.Find(PdfRulings.Find(page), pageLetters, page.Number, limits.MaxTableCells, out var overflow);
                if (overflow)
                    return ExtractedDocument.Unreadable(SourceFormat.Pdf, $"PDF第{page.Number}页的表格超过{limits.MaxTableCells}个单元格的上限，无法自动读取，请人工核查。");
                var (lines, looseTables) = PdfLooseTables.Extract(PdfLines.Build(pageLetters.Where(l => !tables.Any(t => t.Contains(l))), page.Number), page.Number);
                pages.Add(new PdfPageContent(page.Number, page.Height, lines, [.. tables, .. looseTables]));
            }
            if (letters == 0) return ExtractedDocument.Unreadable(SourceFormat.Pdf, ScannedReason);
            // Fonts embedded without a Unicode map yield private-use or control codes instead of text.
            if (unmapped > letters / 3)
                return ExtractedDocument.Unreadable(SourceFormat.Pdf, "PDF中的文字编码无法识别（字体缺少Unicode映射），无法自动读取，请人工核查。");

            var title = document.Information.Title;
            return new ExtractedDocument(SourceFormat.Pdf, PdfFlow.Blocks(pages), PageTitle: string.IsNullOrWhiteSpace(title) ? null : title.Trim());
        }
    }

    private static bool HasUnmappedGlyph(string value)
    {
        foreach (var c in value)
        {
            if (IsUnmappedGlyph(c)) return true;
        }
        return false;
    }

    private static bool IsUnmappedGlyph(char c) => c is >= '\uE000' and <= '\uF8FF' or '\uFFFD' || char.IsControl(c);
}

/// <summary>What one PDF page contributes: its text lines outside tables and its ruled tables.</summary>
internal sealed record PdfPageContent(int Number, double Height, List<PdfLine> Lines, List<PdfTable> Tables);
