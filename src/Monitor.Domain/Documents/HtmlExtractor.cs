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
        var (estimatedDepth, elements) = HtmlNesting.Measure(html);
        if (estimatedDepth > limits.MaxHtmlDepth) return ExtractedDocument.Unreadable(SourceFormat.Html, tooDeep);
        if (elements > limits.MaxHtmlElements)
            return ExtractedDocument.Unreadable(SourceFormat.Html, $"网页含{elements}个元素，超过{limits.MaxHtmlElements}个的上限（报告网页通常只有几千个），无法自动读取，请人工核查。");
        var document = new HtmlDocument { OptionFixNestedTags = true, OptionCheckSyntax = false };
        document.LoadHtml(html);
        var root = document.DocumentNode;
        // One walk serves the depth guard and noise removal, another (after removal) the body search and title.
        var nodes = HtmlTree.Descendants(root, out var depth);
        if (depth > limits.MaxHtmlDepth) return ExtractedDocument.Unreadable(SourceFormat.Html, tooDeep);
        var pageTitle = PageTitle(root);
        HtmlNoise.Remove(nodes);

        var remaining = HtmlTree.Descendants(root);
        var body = ArticleBody.Find(root, remaining);
        var writer = new HtmlBlockWriter(limits.MaxTableCells);
        if (ArticleBody.TitleOutside(remaining, body) is { } title) writer.AddParagraph(title);
        writer.Write(body);
        if (writer.TableOverflow)
            return ExtractedDocument.Unreadable(SourceFormat.Html, $"网页中的表格超过{limits.MaxTableCells}个单元格的上限，无法自动读取，请人工核查。", pageTitle);
        if (ScannedImages(body, writer.Blocks) is > 0 and var images)
            return ExtractedDocument.Unreadable(SourceFormat.Html, ImageOnlyReason(images), pageTitle);
        return new ExtractedDocument(SourceFormat.Html, writer.Blocks, PageTitle: pageTitle);
    }

    /// <summary>The S05 reason for a report published as scanned images inside the page.</summary>
    public static string ImageOnlyReason(int images) =>
        $"网页正文为{images}张扫描图片，没有可提取的文字，需要OCR识别或人工核查；请以可复制文字形式公开。";

    /// <summary>
    /// Images in the article when its text is short and has none of a report's own words: a report published as scans. Zero
    /// when the article reads as text (a report with an illustration) or shows no images.
    /// </summary>
    private static int ScannedImages(HtmlNode body, IReadOnlyList<DocumentBlock> blocks)
    {
        var text = string.Concat(blocks.OfType<TextBlock>().Select(b => b.Text));
        // A scanned report's page carries a title and a line or two at most; running text means the page is the text.
        if (blocks.OfType<TableBlock>().Any() || text.Length >= 300 || ScannedReport.HasReportWords(text)) return 0;
        return body.Descendants("img").Take(200).Count(img => ScannedReport.IsScanImage(img.GetAttributeValue("src", "")));
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
