using Monitor.Domain.Documents;

namespace Monitor.Domain.Tests.Documents;

/// <summary>
/// One fictional report (tests/fixtures/documents/reports/baiyang-2025.html) rendered by LibreOffice to
/// DOCX and PDF must reach the parser as the same paragraphs and table rows, whatever the format.
/// </summary>
public class CrossFormatTests
{
    private static readonly string[] Html = [.. DocumentFixtures.Read("reports/baiyang-2025.html").Flatten()];

    [Fact]
    public void The_html_report_has_its_parts_and_three_tables()
    {
        var document = DocumentFixtures.Read("reports/baiyang-2025.html");

        Assert.Equal(SourceFormat.Html, document.Format);
        Assert.Equal(3, document.Blocks.OfType<TableBlock>().Count());
        Assert.Equal("青石县白杨镇2025年政府信息公开工作年度报告", Html[0]);
        Assert.Contains("|（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|||自然人|法人或其他组织|||||总计|", Html);
        Assert.Contains("|三、本年度办理结果|（四）无法提供|1.本机关不掌握相关政府信息|1|0|0|0|0|0|1|", Html);
        Assert.Contains("|行政许可|12|||", Html);
        Assert.Equal(["青石县白杨镇人民政府", "2026年1月20日"], Html[^2..]);
    }

    [Fact]
    public void Docx_gives_the_same_blocks_as_html()
    {
        var document = DocumentFixtures.Read("reports/baiyang-2025.docx");

        Assert.Equal(SourceFormat.Docx, document.Format);
        Assert.Equal(Html, document.Flatten());
    }

    [Fact]
    public void Pdf_gives_the_same_blocks_as_html()
    {
        var document = DocumentFixtures.Read("reports/baiyang-2025.pdf");

        Assert.Equal(SourceFormat.Pdf, document.Format);
        Assert.Equal(Html, document.Flatten());
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    public void An_official_document_layout_of_ten_pages_gives_the_same_blocks_in_every_format(string extension)
    {
        var html = DocumentFixtures.Read("reports/lanxi-2024.html").Flatten().ToList();

        var document = DocumentFixtures.Read($"reports/lanxi-2024.{extension}");

        Assert.Equal(html, document.Flatten());
        Assert.DoesNotContain(html, b => b.Contains("- 1 -"));
        Assert.Single(html, b => b == "中和县兰溪乡人民政府");
    }

    [Theory]
    [InlineData("derived/baiyang-2025-portal-gbk.html")]
    [InlineData("derived/baiyang-2025-portal-gbk-nometa.html")]
    public void The_gbk_portal_page_gives_the_same_blocks_as_the_clean_article(string fixture)
    {
        var document = DocumentFixtures.Read(fixture);

        Assert.Equal(Html, document.Flatten());
        Assert.Equal("青石县白杨镇2025年政府信息公开工作年度报告_政府信息公开年报_青石县人民政府", document.PageTitle);
    }
}
