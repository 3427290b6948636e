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
            .SelectMany(p => p.Lines.Where(l => InBand(l, p.Height)).Select(l => (p.Number, Key: Key(l, p.Height))))
            .Distinct()
            .GroupBy(x => x.Key)
            .Where(g => pages.Count >= 2 && g.Count() >= Math.Max(2, pages.Count / 2))
            .Select(g => g.Key)
            .ToHashSet();
        return pages
            .Select(p => p.Lines.Where(l => !(InBand(l, p.Height) && (PageNumber().IsMatch(l.Text) || repeated.Contains(Key(l, p.Height))))).ToList())
            .ToList();
    }

    // The band is part of the key: a running header must not take the signature at the end of the report,
    // which often repeats the same unit name lower on the page.
    private static string Key(PdfLine line, double pageHeight) => (line.Top > pageHeight * (1 - Band) ? "top:" : "bottom:") + Digits().Replace(line.Text, "#");

    private static bool InBand(PdfLine line, double pageHeight) => line.Top > pageHeight * (1 - Band) || line.Baseline < pageHeight * Band;

    [GeneratedRegex(@"^(?:[-—–－~\s]*\d+[-—–－~\s]*|第\d+页(?:[,，/\s]*共\d+页)?|共\d+页[,，\s]*第\d+页|\d+\s*/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
