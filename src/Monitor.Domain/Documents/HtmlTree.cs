using System.Text;
using HtmlAgilityPack;

namespace Monitor.Domain.Documents;

/// <summary>
/// Cheap walks over an HtmlAgilityPack tree. Its own Descendants() nests one iterator per level (cost grows
/// with depth for every node) and InnerText/DeEntitize copy strings even when nothing changes; extraction
/// walks every page several times, so these walks dominated the cost of reading a page.
/// </summary>
internal static class HtmlTree
{
    /// <summary>Every node below <paramref name="root"/> in document order, the same sequence as HtmlNode.Descendants().</summary>
    public static List<HtmlNode> Descendants(HtmlNode root)
    {
        var nodes = new List<HtmlNode>();
        var pending = new Stack<HtmlNode>();
        PushChildren(pending, root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            nodes.Add(node);
            PushChildren(pending, node);
        }
        return nodes;
    }

    /// <summary>True when any element below <paramref name="root"/> has the (lower-case) tag name.</summary>
    public static bool Contains(HtmlNode root, string name)
    {
        var pending = new Stack<HtmlNode>();
        PushChildren(pending, root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (string.Equals(node.Name, name, StringComparison.OrdinalIgnoreCase)) return true;
            PushChildren(pending, node);
        }
        return false;
    }

    /// <summary>
    /// Whether BlockText.Clean(DeEntitize(node.InnerText)) starts with <paramref name="prefix"/>, reading only as much
    /// text as needed. Valid once comments, scripts and styles are removed (InnerText is then the text nodes in
    /// order). Clean never revises what it has emitted, so the cleaned start of the text is the start of the
    /// cleaned text; DeEntitize is the identity until the first '&amp;', after which the whole text is decoded.
    /// </summary>
    public static bool CleanTextStartsWith(HtmlNode node, string prefix)
    {
        var text = new StringBuilder();
        // Cleaning again only after the raw text doubles keeps whitespace-only runs from making this quadratic.
        var nextCheck = prefix.Length;
        var pending = new Stack<HtmlNode>();
        PushChildren(pending, node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            PushChildren(pending, current);
            if (current.NodeType != HtmlNodeType.Text) continue;
            var piece = ((HtmlTextNode)current).Text;
            if (piece.Contains('&')) return BlockText.Clean(Decode(node.InnerText)).StartsWith(prefix, StringComparison.Ordinal);
            text.Append(piece);
            if (text.Length < nextCheck) continue;
            var cleaned = BlockText.Clean(text.ToString());
            if (cleaned.Length >= prefix.Length) return cleaned.StartsWith(prefix, StringComparison.Ordinal);
            nextCheck = 2 * text.Length;
        }
        return BlockText.Clean(text.ToString()).StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The decoded text of a text node (what DeEntitize(InnerText) gives, without copies when there is no entity).</summary>
    public static string Text(HtmlNode textNode) => Decode(((HtmlTextNode)textNode).Text);

    /// <summary>HtmlEntity.DeEntitize, skipped when the text has no entity to decode.</summary>
    public static string Decode(string text) => text.Contains('&') ? HtmlEntity.DeEntitize(text) : text;

    private static void PushChildren(Stack<HtmlNode> pending, HtmlNode node)
    {
        if (!node.HasChildNodes) return;
        var children = node.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
    }
}
