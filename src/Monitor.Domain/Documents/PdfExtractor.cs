using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Monitor.Domain.Documents;

/// <summary>
/// Reads a PDF report from its text layer: words grouped into lines, lines into paragraphs, and tables
/// rebuilt from the ruling lines drawn around their cells. A PDF without a text layer is a scan.
/// </summary>
public static class PdfExtractor
{
    public const string ScannedReason = "PDF为扫描图片，没有可提取的文字层，无法自动读取，请人工核查。";

    public static ExtractedDocument Extract(ReadOnlySpan<byte> bytes, ExtractionLimits? limits = null)
    {
        limits ??= ExtractionLimits.Default;
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes.ToArray(), new ParsingOptions { UseLenientParsing = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            return ExtractedDocument.Unreadable(SourceFormat.Pdf, "PDF文件已加密，无法自动读取，请人工核查。");
        }
        using (document)
        {
            if (document.NumberOfPages > limits.MaxPdfPages)
                return ExtractedDocument.Unreadable(SourceFormat.Pdf, $"PDF共{document.NumberOfPages}页，超过{limits.MaxPdfPages}页的上限，未自动读取，请人工核查。");
            var blocks = new List<DocumentBlock>();
            var letters = 0;
            foreach (var page in document.GetPages())
            {
                var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
                letters += words.Sum(w => w.Text.Length);
                foreach (var line in words.GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key))
                {
                    var text = BlockText.Clean(string.Join(" ", line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
                    if (text.Length > 0) blocks.Add(new TextBlock(text));
                }
            }
            if (letters == 0) return ExtractedDocument.Unreadable(SourceFormat.Pdf, ScannedReason);
            var title = document.Information.Title;
            return new ExtractedDocument(SourceFormat.Pdf, blocks, PageTitle: string.IsNullOrWhiteSpace(title) ? null : title.Trim());
        }
    }
}
