using Monitor.Domain.Documents;

namespace Monitor.Domain.Tests.Documents;

public class PdfExtractorTests
{
    [Fact]
    public void A_table_without_ruling_lines_is_rebuilt_from_text_positions()
    {
        var document = DocumentFixtures.Read("layouts/borderless-table.pdf");

        Assert.Equal(
        [
            "二、主动公开政府信息情况",
            "|信息内容|本年制发件数|本年废止件数|现行有效件数|",
            "|规章|0|0|0|",
            "|行政规范性文件（含乡镇人民政府制定的规范性文件）|2|1|5|",
            "|行政许可|17|3|24|",
            "三、收到和处理政府信息公开申请情况",
        ], document.Flatten());
    }

    [Fact]
    public void A_ruled_table_split_over_two_pages_is_one_table_with_its_group_labels_repeated()
    {
        var document = DocumentFixtures.Read("reports/baiyang-2025.pdf");

        var applications = document.Blocks.OfType<TableBlock>().Single(t => t.Rows.Any(r => r.Contains("申请人情况")));
        Assert.Equal(28, applications.Rows.Count);
        Assert.Equal(
            ["三、本年度办理结果", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0", "0", "0", "0", "0", "0", "0"],
            applications.Rows[24]);
        Assert.Equal(["三、本年度办理结果", "（七）总计", "", "3", "1", "0", "0", "0", "0", "4"], applications.Rows[26]);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void Heading_rows_repeated_on_each_page_and_rows_broken_by_the_page_read_as_in_html(string extension)
    {
        var html = DocumentFixtures.Read("layouts/repeated-header.html").Flatten().ToList();

        var other = DocumentFixtures.Read($"layouts/repeated-header.{extension}").Flatten().ToList();

        Assert.Equal(63, html.Count);
        Assert.Equal(html, other);
    }

    [Fact]
    public void Running_headers_and_page_numbers_are_dropped_and_paragraphs_continue_across_pages()
    {
        var document = DocumentFixtures.Read("reports/lanxi-2024.pdf");
        var paragraphs = document.Blocks.OfType<TextBlock>().Select(b => b.Text).ToList();

        Assert.DoesNotContain(paragraphs, p => p.StartsWith('-') || p.StartsWith("第") && p.EndsWith("页"));
        Assert.Equal(1, paragraphs.Count(p => p == "中和县兰溪乡人民政府"));
        Assert.Contains(paragraphs, p => p.StartsWith("（二）依申请公开情况。全年未收到政府信息公开申请，未发生因政府信息公开申请引起的行政复议和行政诉讼。", StringComparison.Ordinal));
    }

    [Fact]
    public void A_landscape_table_drawn_sideways_on_a_rotated_page_reads_upright()
    {
        // Virtual printers put landscape pages on portrait paper: content turned 90 degrees, /Rotate 90 to view.
        var content = string.Join("\n",
            "0.5 w 100 100 m 100 400 l S 130 100 m 130 400 l S 160 100 m 160 400 l S",
            "100 100 m 160 100 l S 100 250 m 160 250 l S 100 400 m 160 400 l S",
            "BT /F1 12 Tf 0 1 -1 0 120 110 Tm (Item) Tj ET BT /F1 12 Tf 0 1 -1 0 120 260 Tm (Count) Tj ET",
            "BT /F1 12 Tf 0 1 -1 0 150 110 Tm (Penalties) Tj ET BT /F1 12 Tf 0 1 -1 0 150 260 Tm (10) Tj ET",
            "BT /F1 12 Tf 0 1 -1 0 200 100 Tm (Report ends here.) Tj ET");

        var document = DocumentReader.Read(MinimalPdf.Page(content, rotate: 90), "landscape.pdf");

        Assert.Equal(["|Item|Count|", "|Penalties|10|", "Report ends here."], document.Flatten());
    }

    [Fact]
    public void Borders_drawn_as_thin_filled_rectangles_make_a_table_and_a_missing_border_merges_cells()
    {
        // Word draws cell borders as filled 0.5pt rectangles; the middle border stops above the last row.
        var content = string.Join("\n",
            "100 700 300 0.5 re f 100 670 300 0.5 re f 100 640 300 0.5 re f 100 610 300 0.5 re f",
            "100 610 0.5 90 re f 250 640 0.5 60 re f 400 610 0.5 90 re f",
            "BT /F1 12 Tf 110 680 Td (Label) Tj ET BT /F1 12 Tf 260 680 Td (Value) Tj ET",
            "BT /F1 12 Tf 110 650 Td (Fees) Tj ET BT /F1 12 Tf 260 650 Td (0.35) Tj ET",
            "BT /F1 12 Tf 110 620 Td (Merged across both columns) Tj ET");

        var document = DocumentReader.Read(MinimalPdf.Page(content), "table.pdf");

        Assert.Equal(["|Label|Value|", "|Fees|0.35|", "|Merged across both columns||"], document.Flatten());
    }

    [Fact]
    public void Pages_without_text_are_reported_as_a_scan()
    {
        var document = PdfExtractor.Extract(DocumentFixtures.Bytes("derived/scanned.pdf"));

        Assert.Equal(PdfExtractor.ScannedReason, document.UnreadableReason);
        Assert.Equal("PDF为扫描图片，没有可提取的文字层，无法自动读取，请人工核查。", document.UnreadableReason);
    }
}
