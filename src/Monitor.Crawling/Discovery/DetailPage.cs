using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Monitor.Domain.Documents;

namespace Monitor.Crawling.Discovery;

/// <summary>
/// A report's detail page: its title, publication date and 发布机构 when the page states them, its attachments, and
/// the images of its article when the report is published only as scans.
/// </summary>
public sealed record DetailPage(string? Title, DateOnly? PublishedOn, IReadOnlyList<Attachment> Attachments)
{
    /// <summary>The 发布机构 / 发文机关 of the page's metadata table or meta tags.</summary>
    public string? Issuer { get; init; }

    /// <summary>Scanned pages of an image-only report (empty when the page has report text).</summary>
    public IReadOnlyList<Attachment> ScanImages { get; init; } = [];
}

public sealed record Attachment(Uri Url, string Name);

public static partial class DetailPageReader
{
    private static readonly string[] AttachmentExtensions = [".pdf", ".docx", ".doc", ".wps", ".xls", ".xlsx", ".ofd"];
    private static readonly string[] DateMetaNames = ["PubDate", "pubdate", "firstpublishedtime", "publishdate", "article:published_time", "ArticlePublishDate"];
    private static readonly string[] IssuerMetaNames = ["ContentSource", "contentsource", "Publisher", "publisher", "source"];

    /// <summary>Attachments and scan images taken per page.</summary>
    public const int MaxAttachments = 20;
    public const int MaxScanImages = 40;

    public static DetailPage Read(string html, Uri pageUrl)
    {
        var doc = ListingAnchors.Parse(html);
        var title = doc.SelectSingleNode("//meta[@name='ArticleTitle']")?.GetAttributeValue("content", null)
                    ?? doc.SelectSingleNode("//title")?.InnerText;
        var bodyText = ListingAnchors.Clean(Text(doc.SelectSingleNode("//body") ?? doc));
        return new DetailPage(
            title is null ? null : ListingAnchors.Clean(title),
            MetaDate(doc) ?? DateText.FindLabelledDate(bodyText),
            Attachments(doc, pageUrl))
        {
            Issuer = Issuer(doc, bodyText),
            ScanImages = ScannedReport.HasReportWords(bodyText) ? [] : ScanImages(doc, pageUrl),
        };
    }

    /// <summary>True when the URL or link names a document to download rather than another page.</summary>
    public static bool LooksLikeDownload(Uri url, string linkText)
    {
        var path = url.AbsolutePath;
        if (AttachmentExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))) return true;
        var query = Uri.UnescapeDataString(url.Query);
        if (AttachmentExtensions.Any(e => Regex.IsMatch(query, Regex.Escape(e) + @"(&|$)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))) return true;
        if (DownloadServlet().IsMatch(path)) return true;
        if (path.Contains("/uploadfile/", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) return true;
        return AttachmentExtensions.Any(e => linkText.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    private static string Text(HtmlNode node)
    {
        var parts = new List<string>();
        foreach (var n in node.DescendantsAndSelf().Take(50_000))
            if (n.NodeType == HtmlNodeType.Text && n.ParentNode?.Name is not ("script" or "style")) parts.Add(n.InnerText);
        return string.Join(" ", parts);
    }

    private static DateOnly? MetaDate(HtmlNode doc)
    {
        foreach (var meta in doc.Descendants("meta"))
        {
            var name = meta.GetAttributeValue("name", null) ?? meta.GetAttributeValue("property", null);
            if (name is null || !DateMetaNames.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            if (DateText.FindDate(meta.GetAttributeValue("content", "")) is { } d) return d;
        }
        return null;
    }

    private static string? Issuer(HtmlNode doc, string bodyText)
    {
        var labelled = IssuerLabel().Match(bodyText);
        if (labelled.Success) return labelled.Groups["name"].Value;
        foreach (var meta in doc.Descendants("meta"))
        {
            var name = meta.GetAttributeValue("name", null);
            if (name is not null && IssuerMetaNames.Contains(name) && meta.GetAttributeValue("content", "").Trim() is { Length: > 1 } v) return v;
        }
        return null;
    }

    private static List<Attachment> Attachments(HtmlNode doc, Uri pageUrl)
    {
        var list = new List<Attachment>();
        foreach (var a in doc.Descendants("a").Take(ListingAnchors.MaxAnchors))
        {
            if (ListingAnchors.ToUrl(a, pageUrl) is not { } url || url == pageUrl) continue;
            var name = ListingAnchors.Clean(a.InnerText);
            if (!LooksLikeDownload(url, name) || list.Any(x => x.Url == url)) continue;
            list.Add(new Attachment(url, name.Length > 0 ? name : Uri.UnescapeDataString(url.AbsolutePath[(url.AbsolutePath.LastIndexOf('/') + 1)..])));
            if (list.Count >= MaxAttachments) break;
        }
        return list;
    }

    private static List<Attachment> ScanImages(HtmlNode doc, Uri pageUrl)
    {
        var list = new List<Attachment>();
        foreach (var img in doc.Descendants("img").Take(500))
        {
            var src = HtmlEntity.DeEntitize(img.GetAttributeValue("src", "")).Trim();
            if (!ScannedReport.IsScanImage(src) || img.Ancestors().Any(n => n.Name is "header" or "footer" or "nav" or "a")) continue;
            if (!Uri.TryCreate(pageUrl, src, out var url) || url.Scheme is not ("http" or "https") || list.Any(x => x.Url == url)) continue;
            list.Add(new Attachment(url, $"扫描页{list.Count + 1}"));
            if (list.Count >= MaxScanImages) break;
        }
        return list;
    }

    [GeneratedRegex(@"(?:发布机构|发文机关|发布单位|来源)\s*[:：]?\s*(?<name>[\p{IsCJKUnifiedIdeographs}（）()]{2,40}?)(?=\s|$|成文日期|发布日期|索引号|文号|主题|[:：])")]
    private static partial Regex IssuerLabel();

    [GeneratedRegex(@"/(down|download|downfile|downloadfile|filedown|getfile)[\w]*\.(jsp|do|aspx?|php|action)$|/download/", RegexOptions.IgnoreCase)]
    private static partial Regex DownloadServlet();
}
