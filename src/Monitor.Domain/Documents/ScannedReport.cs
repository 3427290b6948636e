namespace Monitor.Domain.Documents;

/// <summary>
/// How a report published as scanned images inside a web page is told apart from a text report with an illustration:
/// the page's own text has none of a report's words, and its images are content, not logos, icons or animations.
/// The crawler uses it to capture the scans; the HTML extractor to say the page needs OCR (S05).
/// </summary>
public static class ScannedReport
{
    /// <summary>Words every text report has in its first part (2019 and 2021 formats alike).</summary>
    public static bool HasReportWords(string text) =>
        text.Contains("总体情况", StringComparison.Ordinal) || text.Contains("主动公开", StringComparison.Ordinal);

    /// <summary>An image source that can be a scanned page: not inline data, not a GIF, not a logo or an icon.</summary>
    public static bool IsScanImage(string? src) =>
        !string.IsNullOrWhiteSpace(src) && src.Length <= 2048
        && !src.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
        && !src.EndsWith(".gif", StringComparison.OrdinalIgnoreCase)
        && !src.Contains("logo", StringComparison.OrdinalIgnoreCase)
        && !src.Contains("icon", StringComparison.OrdinalIgnoreCase);
}
