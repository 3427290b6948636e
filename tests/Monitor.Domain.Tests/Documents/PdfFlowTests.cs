using Monitor.Domain.Documents;

namespace Monitor.Domain.Tests.Documents;

/// <summary>Paragraph and page-furniture decisions on hand-placed lines (A4, 16pt, text from x=57 to x=569).</summary>
public class PdfFlowTests
{
    private const double Height = 842;

    [Fact]
    public void Wrapped_lines_join_and_a_short_line_ends_the_paragraph()
    {
        var blocks = Flow(Page(1,
            Line("第一段第一行写满整行", 57, 569, 700),
            Line("第一段第二行较短。", 57, 300, 672),
            Line("第二段从左边距开始", 57, 569, 644),
            Line("并且写到最后。", 57, 200, 616)));

        Assert.Equal(["第一段第一行写满整行第一段第二行较短。", "第二段从左边距开始并且写到最后。"], blocks);
    }

    [Fact]
    public void A_first_line_indent_or_an_enumerator_starts_a_paragraph_even_after_a_full_line()
    {
        var blocks = Flow(Page(1,
            Line("一段话写到行尾", 57, 569, 700),
            Line("缩进的新段落写到行尾", 89, 569, 672),
            Line("（二）依申请公开情况", 57, 569, 644)));

        Assert.Equal(["一段话写到行尾", "缩进的新段落写到行尾", "（二）依申请公开情况"], blocks);
    }

    [Fact]
    public void A_line_ending_short_because_the_next_piece_did_not_fit_still_wraps()
    {
        var blocks = Flow(Page(1,
            Line("根据国办公开办函", 57, 521, 700),
            Line("〔2021〕30号要求编制。", 57, 300, 672, leadWidth: 100)));

        Assert.Equal(["根据国办公开办函〔2021〕30号要求编制。"], blocks);
    }

    [Fact]
    public void A_paragraph_continues_over_the_page_break_past_the_page_number()
    {
        var blocks = Flow(
            Page(1, Line("第一页最后一行写满", 57, 569, 100), Line("- 1 -", 280, 320, 40, size: 12)),
            Page(2, Line("第二页接着写完。", 57, 300, 780), Line("- 2 -", 280, 320, 40, size: 12)));

        Assert.Equal(["第一页最后一行写满第二页接着写完。"], blocks);
    }

    [Theory]
    [InlineData("- 3 -")]
    [InlineData("—3—")]
    [InlineData("第3页共9页")]
    [InlineData("3 / 9")]
    [InlineData("Page 3 of 9")]
    public void Page_numbers_in_the_bottom_band_are_dropped_but_kept_mid_page(string number)
    {
        var blocks = Flow(Page(1, Line(number, 280, 320, 400, size: 12), Line(number, 280, 320, 40, size: 12)));

        Assert.Equal([number], blocks);
    }

    [Fact]
    public void A_running_header_is_dropped_but_the_same_name_as_signature_is_kept()
    {
        var blocks = Flow(
            Page(1, Line("青石县白杨镇人民政府", 250, 400, 800, size: 10.5), Line("正文。", 57, 120, 700)),
            Page(2, Line("青石县白杨镇人民政府", 250, 400, 800, size: 10.5), Line("青石县白杨镇人民政府", 400, 569, 60)));

        Assert.Equal(["正文。", "青石县白杨镇人民政府"], blocks);
    }

    private static List<string> Flow(params PdfPageContent[] pages) =>
        [.. PdfFlow.Blocks([.. pages]).OfType<TextBlock>().Select(b => b.Text)];

    private static PdfPageContent Page(int number, params PdfLine[] lines) =>
        new(number, Height, [.. lines.Select(l => l with { Page = number })], []);

    private static PdfLine Line(string text, double left, double right, double baseline, double size = 16, double leadWidth = 16) =>
        new(text, left, right, baseline, baseline + size * 0.85, size, 0, leadWidth) { Segments = [new PdfSegment(text, left, right)] };
}
