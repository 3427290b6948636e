using HtmlAgilityPack;

namespace Monitor.Crawling.Discovery;

/// <summary>A report's detail page: its publication date when the page states one, and its attachments.</summary>
public sealed record DetailPage(string? Title, DateOnly? PublishedOn, IReadOnlyList<Attachment> Attachments);

public sealed record Attachment(Uri Url, string Name);

public static class DetailPageReader
{
    private static readonly string[] AttachmentExtensions = [".pdf", ".docx", ".doc", ".wps", ".xls", ".xlsx"];
    private static readonly string[] DateMetaNames = ["PubDate", "pubdate", "firstpublishedtime", "publishdate", "article:published_time", "ArticlePublishDate"];

    public static DetailPage Read(string html, Uri pageUrl)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        var title = doc.DocumentNode.SelectSingleNode("//meta[@name='ArticleTitle']")?.GetAttributeValue("content", null)
                    ?? doc.DocumentNode.SelectSingleNode("//title")?.InnerText;
        return new DetailPage(
            title is null ? null : ListingPageReader.Clean(title),
            MetaDate(doc) ?? DateText.FindLabelledDate(ListingPageReader.Clean(doc.DocumentNode.SelectSingleNode("//body")?.InnerText ?? doc.DocumentNode.InnerText)),
            Attachments(doc, pageUrl));
    }

    private static DateOnly? MetaDate(HtmlDocument doc)
    {
        foreach (var meta in doc.DocumentNode.Descendants("meta"))
        {
            var name = meta.GetAttributeValue("name", null) ?? meta.GetAttributeValue("property", null);
            if (name is null || !DateMetaNames.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            if (DateText.FindDate(meta.GetAttributeValue("content", "")) is { } d) return d;
        }
        return null;
    }

    private static List<Attachment> Attachments(HtmlDocument doc, Uri pageUrl)
    {
        var list = new List<Attachment>();
        foreach (var a in doc.DocumentNode.Descendants("a"))
        {
            var href = HtmlEntity.DeEntitize(a.GetAttributeValue("href", "")).Trim();
            if (!Uri.TryCreate(pageUrl, href, out var url) || url.Scheme is not ("http" or "https")) continue;
            var path = url.AbsolutePath;
            if (!AttachmentExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))) continue;
            if (list.Any(x => x.Url == url)) continue;
            var name = ListingPageReader.Clean(a.InnerText);
            list.Add(new Attachment(url, name.Length > 0 ? name : Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..])));
        }
        return list;
    }
}
