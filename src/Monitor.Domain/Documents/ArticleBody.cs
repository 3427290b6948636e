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

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase) { "title", "biaoti" };

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
        var nodes = HtmlTree.Descendants(root);
        var measure = new TextMeasure(root, nodes.Count + 1);
        var elements = nodes.Where(n => n.NodeType == HtmlNodeType.Element).ToList();
        HtmlNode? best = null;
        var bestRank = int.MaxValue;
        foreach (var element in elements)
        {
            if (!element.HasAttributes) continue;
            var rank = ContainerRank(element);
            if (rank > bestRank || rank == int.MaxValue || measure.Text(element) < MinContainerText) continue;
            if (rank < bestRank || measure.Text(element) > measure.Text(best!)) (best, bestRank) = (element, rank);
        }
        if (best is not null) return best;

        var dense = elements
            .Where(e => ScoredTags.Contains(e.Name))
            .Select(e => (Element: e, Score: DirectTextScore(e, measure)))
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        if (dense.Element is not null && dense.Score >= MinContainerText) return dense.Element;
        return root.SelectSingleNode("//body") ?? root;
    }

    private static int ContainerRank(HtmlNode element)
    {
        var id = element.Id;
        var classes = element.GetAttributeValue("class", "");
        for (var i = 0; i < KnownContainers.Length; i++)
        {
            var (knownId, knownClass) = KnownContainers[i];
            if (knownId is not null ? string.Equals(id, knownId, StringComparison.OrdinalIgnoreCase) : HasClass(classes, knownClass!)) return i;
        }
        return int.MaxValue;
    }

    /// <summary>
    /// The article title when the CMS renders it above the body container (the usual layout), so the
    /// report's heading with issuer and year is not lost. Null when the body already starts with it.
    /// </summary>
    public static string? TitleOutside(HtmlNode root, HtmlNode body)
    {
        if (body.Name is "body" or "#document") return null;
        var bodyStart = body.StreamPosition;
        var title = HtmlTree.Descendants(root)
            .Where(e => e.NodeType == HtmlNodeType.Element && e.StreamPosition < bodyStart && !IsAncestorOf(e, body) && IsTitleElement(e))
            .Select(e => BlockText.Clean(HtmlTree.Decode(e.InnerText)))
            .LastOrDefault(t => t.Length is >= 6 and <= 120);
        if (title is null) return null;
        return HtmlTree.CleanTextStartsWith(body, title) ? null : title;
    }

    private static bool IsTitleElement(HtmlNode e) =>
        e.Name is "h1" or "h2"
        || e.HasAttributes && (HtmlNoise.HasWord(e.GetAttributeValue("class", ""), TitleWords) || HtmlNoise.HasWord(e.GetAttributeValue("id", ""), TitleWords));

    private static bool IsAncestorOf(HtmlNode candidate, HtmlNode node)
    {
        for (var n = node.ParentNode; n is not null; n = n.ParentNode)
        {
            if (n == candidate) return true;
        }
        return false;
    }

    private static bool HasClass(string classes, string cssClass)
    {
        if (classes.Length < cssClass.Length) return false;
        foreach (var range in classes.AsSpan().Split(' '))
        {
            if (classes.AsSpan(range).Equals(cssClass, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Text held directly by the element or its paragraph-like children, minus link text (menus are all links).</summary>
    private static int DirectTextScore(HtmlNode e, TextMeasure measure)
    {
        var score = 0;
        foreach (var child in e.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Text) score += measure.Text(child);
            else if (child.NodeType == HtmlNodeType.Element && ContentChildTags.Contains(child.Name))
                score += measure.Text(child) - 2 * measure.Links(child);
        }
        return score;
    }

    /// <summary>Visible text length and link text length of every node, computed once bottom-up (InnerText per node is quadratic).</summary>
    private sealed class TextMeasure
    {
        private readonly Dictionary<HtmlNode, (int Text, int Links)> lengths;

        public TextMeasure(HtmlNode root, int nodeCount)
        {
            lengths = new(nodeCount, ReferenceEqualityComparer.Instance);
            Measure(root);
        }

        public int Text(HtmlNode node) => lengths.TryGetValue(node, out var l) ? l.Text : 0;

        public int Links(HtmlNode node) => lengths.TryGetValue(node, out var l) ? l.Links : 0;

        private (int Text, int Links) Measure(HtmlNode node)
        {
            (int Text, int Links) result = (0, 0);
            if (node.NodeType == HtmlNodeType.Text)
            {
                foreach (var c in ((HtmlTextNode)node).Text)
                {
                    if (!BlockText.IsSpace(c)) result.Text++;
                }
            }
            else
            {
                foreach (var child in node.ChildNodes)
                {
                    var (text, links) = Measure(child);
                    result = (result.Text + text, result.Links + links);
                }
                if (node.Name == "a") result.Links = result.Text;
            }
            lengths[node] = result;
            return result;
        }
    }
}
