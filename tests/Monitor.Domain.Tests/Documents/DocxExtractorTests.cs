using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Monitor.Domain.Documents;

namespace Monitor.Domain.Tests.Documents;

public class DocxExtractorTests
{
    [Fact]
    public void Paragraphs_keep_order_with_tables_and_manual_line_breaks_split_them()
    {
        var document = Extract(
            Para("一、总体情况"),
            new Paragraph(new Run(new Text("青石县白杨镇人民政府"), new Break(), new Text("2026年1月20日"))),
            new Paragraph(new Run(new Text("规章"), new TabChar(), new Text("0"))),
            Table(Row(Cell("信息内容"), Cell("本年制发件数"))),
            Para("二、主动公开政府信息情况"));

        Assert.Equal(["一、总体情况", "青石县白杨镇人民政府", "2026年1月20日", "规章0", "|信息内容|本年制发件数|", "二、主动公开政府信息情况"], document.Flatten());
    }

    [Fact]
    public void Grid_span_and_vertical_merge_expand_like_html()
    {
        var document = Extract(Table(
            Row(Cell("行政复议", span: 2), Cell("行政诉讼")),
            Row(Cell("三、本年度办理结果", merge: MergedCellValues.Restart), Cell("（一）予以公开"), Cell("2")),
            Row(Cell("", merge: MergedCellValues.Continue), Cell("（二）部分公开"), Cell("1"))));

        Assert.Equal(
        [
            "|行政复议||行政诉讼|",
            "|三、本年度办理结果|（一）予以公开|2|",
            "|三、本年度办理结果|（二）部分公开|1|",
        ], document.Flatten());
    }

    [Fact]
    public void Legacy_horizontal_merge_leaves_the_covered_slot_empty()
    {
        var continued = Cell("");
        continued.TableCellProperties!.Append(new HorizontalMerge { Val = MergedCellValues.Continue });
        var first = Cell("行政复议");
        first.TableCellProperties!.Append(new HorizontalMerge { Val = MergedCellValues.Restart });

        var document = Extract(Table(Row(first, continued, Cell("行政诉讼")), Row(Cell("1"), Cell("0"), Cell("2"))));

        Assert.Equal(["|行政复议||行政诉讼|", "|1|0|2|"], document.Flatten());
    }

    [Fact]
    public void Grid_before_leaves_empty_leading_slots()
    {
        var row = Row(Cell("0"), Cell("1"));
        row.PrependChild(new TableRowProperties(new GridBefore { Val = 1 }));

        var document = Extract(Table(Row(Cell("信息内容"), Cell("本年制发件数"), Cell("本年废止件数")), row));

        Assert.Equal(["|信息内容|本年制发件数|本年废止件数|", "||0|1|"], document.Flatten());
    }

    [Fact]
    public void A_single_cell_layout_table_is_read_as_its_paragraphs()
    {
        var document = Extract(Table(Row(new TableCell(Para("一、总体情况"), Para("2025年，我镇主动公开政府信息215条。")))));

        Assert.Equal(["一、总体情况", "2025年，我镇主动公开政府信息215条。"], document.Flatten());
    }

    [Fact]
    public void A_table_over_the_cell_limit_is_a_reason()
    {
        var document = DocxExtractor.Extract(Docx(Table(Row(Cell("x", span: 900)), Row(Cell("y")))), new ExtractionLimits { MaxTableCells = 100 });

        Assert.Contains("100个单元格", document.UnreadableReason);
    }

    [Fact]
    public void Tables_nested_a_hundred_thousand_deep_are_refused_before_the_sdk_builds_a_tree()
    {
        // Issue 13: a 12 KB DOCX of 100,000 nested tables overflowed the stack inside the SDK and killed the process.
        const int levels = 100_000;
        var body = new System.Text.StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (var i = 0; i < levels; i++) body.Append("<w:tbl><w:tr><w:tc>");
        body.Append("<w:p/>");
        for (var i = 0; i < levels; i++) body.Append("</w:tc></w:tr></w:tbl>");
        body.Append("</w:body></w:document>");

        var document = DocumentReader.Read(RawDocx(body.ToString()), "嵌套.docx");

        Assert.False(document.IsReadable);
        Assert.Contains("嵌套超过256层", document.UnreadableReason);
    }

    [Fact]
    public void A_part_that_is_not_xml_is_refused_with_its_name()
    {
        var document = DocumentReader.Read(RawDocx("<w:document><w:body>"), "坏.docx");

        Assert.Contains("word/document.xml", document.UnreadableReason);
    }

    /// <summary>A package written by hand, so the test never hands a hostile part to the SDK.</summary>
    private static byte[] RawDocx(string documentXml)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
            Add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add("word/document.xml", documentXml);
        }
        return stream.ToArray();
    }

    private static ExtractedDocument Extract(params OpenXmlElement[] content) => DocumentReader.Read(Docx(content), "年报.docx");

    private static byte[] Docx(params OpenXmlElement[] content)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.AddMainDocumentPart().Document = new Document(new Body(content));
        }
        return stream.ToArray();
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text)));

    private static Table Table(params TableRow[] rows) => new(rows);

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is { } value) properties.Append(new VerticalMerge { Val = value });
        return new TableCell(properties, Para(text));
    }
}
