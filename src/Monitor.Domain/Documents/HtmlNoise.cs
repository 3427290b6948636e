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
        var doomed = HtmlTree.Descendants(root).Where(n => n.NodeType == HtmlNodeType.Comment || IsNoise(n)).ToList();
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
        return (HasWord(node.GetAttributeValue("class", ""), NoiseWords) || HasWord(node.GetAttributeValue("id", ""), NoiseWords)) && IsSmall(node);
    }

    private static bool IsSmall(HtmlNode node) =>
        !HtmlTree.Contains(node, "table") && node.InnerText.Length < MaxNoiseTextLength;

    private static readonly System.Buffers.SearchValues<char> WordSeparators = System.Buffers.SearchValues.Create(" -_\t");

    /// <summary>Whether one of the words of a class or id attribute (split at space, '-', '_', tab) is in <paramref name="words"/>.</summary>
    internal static bool HasWord(string attribute, HashSet<string> words)
    {
        if (attribute.Length == 0) return false;
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = attribute.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOfAny(WordSeparators);
            var word = end < 0 ? rest : rest[..end];
            if (word.Length > 0 && lookup.Contains(word)) return true;
            rest = end < 0 ? [] : rest[(end + 1)..];
        }
        return false;
    }
}
