using HtmlAgilityPack;

namespace Monitor.Domain.Documents;

/// <summary>Finds the element of a CMS page that holds the article itself.</summary>
internal static class ArticleBody
{
    /// <summary>
    /// Containers used by the CMSs of Chinese government portals (TRS WCM, 开普云/UCAP, 大汉, site
    /// templates), most specific first. The first one holding real text wins.
    /// </summary>
    private static readonly (string? Id, string? Class)[] KnownContainers =
    [
        (null, "TRS_Editor"),
        (null, "TRS_UEDITOR"),
        ("UCAP-CONTENT", null),
        ("zoom", null),
        (null, "pages_content"),
        (null, "article-content"),
        (null, "article_content"),
        ("content", null),
        (null, "view"),
        (null, "content"),
    ];

    private const int MinContainerText = 40;

    private static readonly HashSet<string> ContentChildTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "table", "h1", "h2", "h3", "h4", "h5", "h6", "span", "font", "strong", "b", "br", "center", "u", "em", "section", "blockquote",
    };

    private static readonly HashSet<string> ScoredTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "article", "section", "td", "main", "body", "form", "center",
    };

    public static HtmlNode Find(HtmlNode root)
    {
        var elements = root.Descendants().Where(n => n.NodeType == HtmlNodeType.Element).ToList();
        foreach (var (id, cssClass) in KnownContainers)
        {
            var best = elements
                .Where(e => id is not null ? string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase) : HasClass(e, cssClass!))
                .Select(e => (Element: e, Length: TextLength(e)))
                .Where(c => c.Length >= MinContainerText)
                .OrderByDescending(c => c.Length)
                .FirstOrDefault();
            if (best.Element is not null) return best.Element;
        }
        var dense = elements
            .Where(e => ScoredTags.Contains(e.Name))
            .Select(e => (Element: e, Score: DirectTextScore(e)))
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        if (dense.Element is not null && dense.Score >= MinContainerText) return dense.Element;
        return root.SelectSingleNode("//body") ?? root;
    }

    /// <summary>
    /// The article title when the CMS renders it above the body container (the usual layout), so the
    /// report's heading with issuer and year is not lost. Null when the body already starts with it.
    /// </summary>
    public static string? TitleOutside(HtmlNode root, HtmlNode body)
    {
        if (body.Name is "body" or "#document") return null;
        var bodyStart = body.StreamPosition;
        var title = root.Descendants()
            .Where(e => e.NodeType == HtmlNodeType.Element && e.StreamPosition < bodyStart && !IsAncestorOf(e, body) && IsTitleElement(e))
            .Select(e => BlockText.Clean(HtmlEntity.DeEntitize(e.InnerText)))
            .LastOrDefault(t => t.Length is >= 6 and <= 120);
        if (title is null) return null;
        var firstText = BlockText.Clean(HtmlEntity.DeEntitize(body.InnerText));
        return firstText.StartsWith(title, StringComparison.Ordinal) ? null : title;
    }

    private static bool IsTitleElement(HtmlNode e) =>
        e.Name is "h1" or "h2"
        || HtmlNoise.Words(e.GetAttributeValue("class", "") + " " + e.GetAttributeValue("id", ""))
            .Any(w => w.Equals("title", StringComparison.OrdinalIgnoreCase) || w.Equals("biaoti", StringComparison.OrdinalIgnoreCase));

    private static bool IsAncestorOf(HtmlNode candidate, HtmlNode node)
    {
        for (var n = node.ParentNode; n is not null; n = n.ParentNode)
        {
            if (n == candidate) return true;
        }
        return false;
    }

    private static bool HasClass(HtmlNode e, string cssClass) =>
        e.GetAttributeValue("class", "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(c => c.Equals(cssClass, StringComparison.OrdinalIgnoreCase));

    private static int TextLength(HtmlNode e) => e.InnerText.Count(c => !BlockText.IsSpace(c));

    /// <summary>Text held directly by the element or its paragraph-like children, minus link text (menus are all links).</summary>
    private static int DirectTextScore(HtmlNode e)
    {
        var score = 0;
        foreach (var child in e.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Text) score += TextLength(child);
            else if (child.NodeType == HtmlNodeType.Element && ContentChildTags.Contains(child.Name))
                score += TextLength(child) - 2 * child.Descendants("a").Sum(TextLength);
        }
        return score;
    }
}
