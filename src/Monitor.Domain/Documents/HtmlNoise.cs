using HtmlAgilityPack;

namespace Monitor.Domain.Documents;

/// <summary>Removes the parts of a portal page that are never report content.</summary>
internal static class HtmlNoise
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
        "select", "button", "input", "textarea", "nav", "header", "footer", "aside", "head",
    };

    private static readonly HashSet<string> NoiseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "bdshare", "bdsharebuttonbox", "fenxiang", "breadcrumb", "crumb", "crumbs", "position", "location",
        "nav", "navbar", "menu", "footer", "foot", "header", "sidebar", "toolbar", "print", "dayin", "relevant", "related",
    };

    // A real article never sits inside a share bar; the size guard keeps a mislabelled wrapper
    // (class="main header") from taking the report with it.
    private const int MaxNoiseTextLength = 600;

    public static void Remove(HtmlNode root)
    {
        var doomed = root.Descendants().Where(n => n.NodeType == HtmlNodeType.Comment || IsNoise(n)).ToList();
        foreach (var node in doomed)
        {
            if (node.ParentNode is not null) node.Remove();
        }
    }

    private static bool IsNoise(HtmlNode node)
    {
        if (node.NodeType != HtmlNodeType.Element) return false;
        if (DroppedTags.Contains(node.Name)) return node.Name is not ("header" or "footer" or "nav" or "aside") || IsSmall(node);
        if (!node.HasAttributes) return false;
        // Reports saved as HTML from a word processor keep the page header and footer (page numbers)
        // as <div title="footer"> (LibreOffice, WPS) or style="mso-element:footer" (Word).
        if (node.GetAttributeValue("title", "") is "header" or "footer") return true;
        if (node.GetAttributeValue("style", "").Contains("mso-element:", StringComparison.OrdinalIgnoreCase)) return true;
        var words = Words(node.GetAttributeValue("class", "")).Concat(Words(node.GetAttributeValue("id", "")));
        return words.Any(NoiseWords.Contains) && IsSmall(node);
    }

    private static bool IsSmall(HtmlNode node) =>
        !node.Descendants("table").Any() && node.InnerText.Length < MaxNoiseTextLength;

    internal static IEnumerable<string> Words(string attribute) =>
        attribute.Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
