using System.Text;
using HtmlAgilityPack;

namespace Monitor.Domain.Documents;

/// <summary>
/// Reads a report published as a web page: finds the article body of the CMS page (known containers of
/// Chinese government CMSs first, else the element holding most running text), drops navigation,
/// share bars and scripts, and emits paragraphs and tables in reading order.
/// </summary>
public static class HtmlExtractor
{
    public static ExtractedDocument Extract(ReadOnlySpan<byte> bytes, string? httpCharset = null, ExtractionLimits? limits = null) =>
        ExtractText(HtmlCharset.Decode(bytes, httpCharset), limits);

    public static ExtractedDocument ExtractText(string html, ExtractionLimits? limits = null)
    {
        limits ??= ExtractionLimits.Default;
        var tooDeep = $"网页元素嵌套超过{limits.MaxHtmlDepth}层，结构异常，无法自动读取，请人工核查。";
        if (HtmlNesting.Estimate(html) > limits.MaxHtmlDepth) return ExtractedDocument.Unreadable(SourceFormat.Html, tooDeep);
        var document = new HtmlDocument { OptionFixNestedTags = true, OptionCheckSyntax = false };
        document.LoadHtml(html);
        var root = document.DocumentNode;
        if (Depth(root) > limits.MaxHtmlDepth) return ExtractedDocument.Unreadable(SourceFormat.Html, tooDeep);
        var pageTitle = PageTitle(root);
        HtmlNoise.Remove(root);

        var body = ArticleBody.Find(root);
        var writer = new HtmlBlockWriter(limits.MaxTableCells);
        if (ArticleBody.TitleOutside(root, body) is { } title) writer.AddParagraph(title);
        writer.Write(body);
        if (writer.TableOverflow)
            return ExtractedDocument.Unreadable(SourceFormat.Html, $"网页中的表格超过{limits.MaxTableCells}个单元格的上限，无法自动读取，请人工核查。", pageTitle);
        return new ExtractedDocument(SourceFormat.Html, writer.Blocks, PageTitle: pageTitle);
    }

    /// <summary>Nesting depth, measured without recursion so a hostile page cannot overflow the stack here.</summary>
    private static int Depth(HtmlNode root)
    {
        var deepest = 0;
        var pending = new Stack<(HtmlNode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in node.ChildNodes) pending.Push((child, depth + 1));
        }
        return deepest;
    }

    private static string? PageTitle(HtmlNode root)
    {
        var title = root.SelectSingleNode("//title");
        var text = title is null ? "" : BlockText.Clean(HtmlEntity.DeEntitize(title.InnerText));
        if (text.Length > 0) return text;
        var meta = root.SelectSingleNode("//meta[@name='ArticleTitle']")?.GetAttributeValue("content", "");
        return string.IsNullOrWhiteSpace(meta) ? null : BlockText.Clean(HtmlEntity.DeEntitize(meta));
    }
}

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
