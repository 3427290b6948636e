using System.Text.RegularExpressions;

namespace Monitor.Domain.Documents;

/// <summary>
/// Drops page numbers ("- 3 -", "第 3 页 共 9 页", "3/9") and running headers or footers repeated on
/// several pages from the top and bottom bands of each page.
/// </summary>
internal static partial class PdfPageFurniture
{
    private const double Band = 0.1;

    public static List<List<PdfLine>> Remove(List<PdfPageContent> pages)
    {
        var repeated = pages
            .SelectMany(p => p.Lines.Where(l => InBand(l, p.Height)).Select(l => (p.Number, Key: Digits().Replace(l.Text, "#"))))
            .Distinct()
            .GroupBy(x => x.Key)
            .Where(g => pages.Count >= 2 && g.Count() >= Math.Max(2, pages.Count / 2))
            .Select(g => g.Key)
            .ToHashSet();
        return pages
            .Select(p => p.Lines.Where(l => !(InBand(l, p.Height) && (PageNumber().IsMatch(l.Text) || repeated.Contains(Digits().Replace(l.Text, "#"))))).ToList())
            .ToList();
    }

    private static bool InBand(PdfLine line, double pageHeight) => line.Top > pageHeight * (1 - Band) || line.Baseline < pageHeight * Band;

    [GeneratedRegex(@"^(?:[-—–－~\s]*\d+[-—–－~\s]*|第\d+页(?:[,，/\s]*共\d+页)?|共\d+页[,，\s]*第\d+页|\d+\s*/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
