using System.IO.Compression;
using System.Text;
using Monitor.Domain.Documents;

namespace Monitor.Domain.Tests.Documents;

public class DocumentReaderTests
{
    [Theory]
    [InlineData("derived/baiyang-2025.doc", "旧版Word（.doc）")]
    [InlineData("derived/scanned.pdf", "PDF为扫描图片，没有可提取的文字层")]
    [InlineData("derived/truncated.pdf", "PDF文件已损坏或不完整")]
    [InlineData("derived/truncated.docx", "已损坏或不完整")]
    public void Unreadable_fixtures_give_a_chinese_reason(string fixture, string reasonPart)
    {
        var document = DocumentFixtures.Read(fixture);

        Assert.False(document.IsReadable);
        Assert.Empty(document.Blocks);
        Assert.Contains(reasonPart, document.UnreadableReason);
    }

    [Fact]
    public void A_wps_file_is_named_as_such()
    {
        var document = DocumentReader.Read(DocumentFixtures.Bytes("derived/baiyang-2025.doc"), "白杨镇年报.wps");

        Assert.Contains("WPS文字（.wps）", document.UnreadableReason);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "图片")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46 }, "图片")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "图片")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFE, 0x00, 0x10, 0x9C }, "无法识别为文本")]
    public void Images_and_binary_noise_are_unreadable_even_when_named_txt(byte[] bytes, string reasonPart)
    {
        var document = DocumentReader.Read(bytes, "年报.txt", "text/plain");

        Assert.Equal(SourceFormat.Unsupported, document.Format);
        Assert.Contains(reasonPart, document.UnreadableReason);
    }

    [Theory]
    [InlineData("xl/workbook.xml", "Excel")]
    [InlineData("OFD.xml", "OFD")]
    [InlineData("content.xml", "OpenDocument")]
    [InlineData("readme.txt", "压缩包")]
    public void Zip_packages_other_than_docx_are_named(string entry, string reasonPart)
    {
        var document = DocumentReader.Read(Zip(("mimetype", "application/octet-stream"u8.ToArray()), (entry, "<x/>"u8.ToArray())), "附件.docx");

        Assert.Contains(reasonPart, document.UnreadableReason);
    }

    [Fact]
    public void An_input_over_the_size_limit_is_refused_with_its_size()
    {
        var bytes = new byte[3 * 1024 * 1024];
        "%PDF-1.7"u8.CopyTo(bytes);

        var document = DocumentReader.Read(bytes, "年报.pdf", limits: new ExtractionLimits { MaxInputBytes = 2 * 1024 * 1024 });

        Assert.Equal(SourceFormat.Pdf, document.Format);
        Assert.Equal("文件大小为3MB，超过2MB的上限，未自动读取，请人工核查。", document.UnreadableReason);
    }

    [Fact]
    public void A_docx_zip_bomb_is_refused_before_inflating()
    {
        var bomb = Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[3 * 1024 * 1024]));

        var document = DocumentReader.Read(bomb, "年报.docx", limits: new ExtractionLimits { MaxDocxPartBytes = 1024 * 1024 });

        Assert.Equal(SourceFormat.Docx, document.Format);
        Assert.Contains("word/document.xml", document.UnreadableReason);
        Assert.Contains("压缩炸弹", document.UnreadableReason);
    }

    [Fact]
    public void A_pdf_over_the_page_limit_is_refused_with_its_page_count()
    {
        var document = DocumentReader.Read(DocumentFixtures.Bytes("reports/baiyang-2025.pdf"), "年报.pdf", limits: new ExtractionLimits { MaxPdfPages = 1 });

        Assert.False(document.IsReadable);
        Assert.Matches(@"^PDF共\d+页，超过1页的上限", document.UnreadableReason);
    }

    [Fact]
    public void Content_decides_the_format_over_a_misleading_name()
    {
        var html = Encoding.UTF8.GetBytes("\uFEFF  <!DOCTYPE html><html><body><p>一、总体情况</p></body></html>");

        Assert.Equal(SourceFormat.Html, DocumentReader.Read(html, "附件.pdf", "application/pdf").Format);
        Assert.Equal(SourceFormat.Pdf, DocumentReader.Read(DocumentFixtures.Bytes("reports/baiyang-2025.pdf"), "年报.html", "text/html").Format);
        Assert.Equal(SourceFormat.Docx, DocumentReader.Read(DocumentFixtures.Bytes("reports/baiyang-2025.docx"), "download.aspx", "application/octet-stream").Format);
    }

    [Theory]
    [InlineData("<h1>年度报告</h1><p>一、总体情况</p>", FileKind.Html)]
    [InlineData("  \r\n<SPAN style=\"x\">年度报告</SPAN>", FileKind.Html)]
    [InlineData("<!-- 保存自网页 --><div>年度报告</div>", FileKind.Html)]
    [InlineData("<政府信息公开年报>\n一、总体情况", FileKind.PlainText)]
    [InlineData("<?xml version=\"1.0\"?><rss></rss>", FileKind.PlainText)]
    public void Markup_is_recognised_by_its_first_tag(string content, FileKind expected)
    {
        Assert.Equal(expected, FormatSniffer.Sniff(Encoding.UTF8.GetBytes(content), "download"));
    }

    [Fact]
    public void Utf16_html_with_a_byte_order_mark_is_read_as_html()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html><body><p>一、总体情况</p></body></html>")).ToArray();

        var document = DocumentReader.Read(bytes, "download.aspx");

        Assert.Equal(SourceFormat.Html, document.Format);
        Assert.Equal(["一、总体情况"], document.Flatten());
    }

    [Fact]
    public void Plain_text_in_gb18030_is_decoded()
    {
        var document = DocumentReader.Read(TextDecoding.Gb18030.GetBytes("一、总体情况\n规章\t0"), "年报.txt");

        Assert.Equal(["一、总体情况", "|规章|0|"], document.Flatten());
    }

    [Fact]
    public void An_empty_file_is_unreadable()
    {
        Assert.False(DocumentReader.Read([], "年报.pdf").IsReadable);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }
        return stream.ToArray();
    }

    [Fact]
    public void Extracted_text_past_the_bound_is_unreadable_and_names_the_bound()
    {
        var limits = ExtractionLimits.Default with { MaxExtractedCharacters = 1_000 };
        var line = "一、总体情况\n本年度我镇认真贯彻落实政务公开工作要求。\n";

        var over = DocumentReader.Read(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(line, 60))), "年报.txt", limits: limits);
        var under = DocumentReader.Read(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(line, 20))), "年报.txt", limits: limits);

        Assert.False(over.IsReadable);
        Assert.Contains("提取出的文字超过1000字的上限", over.UnreadableReason);
        Assert.True(under.IsReadable);
    }
}
