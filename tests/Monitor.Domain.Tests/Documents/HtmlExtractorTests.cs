using System.Text;
using Monitor.Domain.Documents;

namespace Monitor.Domain.Tests.Documents;

public class HtmlExtractorTests
{
    [Fact]
    public void Paragraphs_line_breaks_and_headings_become_separate_blocks()
    {
        var document = HtmlExtractor.ExtractText("""
            <html><body><h2>一、总体情况</h2><p>第一段<br/>第二行</p><div>第三段<span>续</span></div></body></html>
            """);

        Assert.Equal(["一、总体情况", "第一段", "第二行", "第三段续"], document.Flatten());
    }

    [Fact]
    public void Entities_nbsp_and_full_width_spaces_are_normalised()
    {
        var document = HtmlExtractor.ExtractText("<p>&nbsp;&nbsp;\u3000\u3000全年公开&nbsp;215&nbsp;条，A&amp;B  test&lt;1&gt; &amp;lt;&#x4E00;</p>");

        Assert.Equal(["全年公开215条，A&B test<1> &lt;一"], document.Flatten());
    }

    [Fact]
    public void Source_line_wraps_inside_chinese_text_leave_no_spaces()
    {
        var document = HtmlExtractor.ExtractText("<p>主动公开政府信息\n    215 条，其中\n政府网站</p>");

        Assert.Equal(["主动公开政府信息215条，其中政府网站"], document.Flatten());
    }

    [Fact]
    public void Rowspan_repeats_the_merged_text_down_and_colspan_leaves_covered_slots_empty()
    {
        var document = HtmlExtractor.ExtractText("""
            <table>
              <tr><td rowspan="2" colspan="2">说明</td><td colspan="2">申请人情况</td></tr>
              <tr><td>自然人</td><td>总计</td></tr>
              <tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>2</td><td>2</td></tr>
              <tr><td>（二）部分公开</td><td>0</td><td>1</td></tr>
            </table>
            """);

        Assert.Equal(
        [
            "|说明||申请人情况||",
            "|说明||自然人|总计|",
            "|三、本年度办理结果|（一）予以公开|2|2|",
            "|三、本年度办理结果|（二）部分公开|0|1|",
        ], document.Flatten());
    }

    [Fact]
    public void Rowspan_past_the_last_row_does_not_invent_rows()
    {
        var document = HtmlExtractor.ExtractText("""
            <table><tr><td rowspan="9">行政复议</td><td>1</td></tr><tr><td>2</td></tr></table>
            """);

        Assert.Equal(["|行政复议|1|", "|行政复议|2|"], document.Flatten());
    }

    [Fact]
    public void Cell_paragraphs_join_and_empty_rows_are_dropped()
    {
        var document = HtmlExtractor.ExtractText("""
            <table><tbody>
              <tr><td><p>结果</p><p>维持</p></td><td>&nbsp;0&nbsp;</td></tr>
              <tr><td>&nbsp;</td><td></td></tr>
            </tbody></table>
            """);

        Assert.Equal(["|结果维持|0|"], document.Flatten());
    }

    [Fact]
    public void A_layout_table_around_the_article_is_read_as_its_contents()
    {
        var document = HtmlExtractor.ExtractText("""
            <table width="100%"><tr><td>
              <p>二、主动公开政府信息情况</p>
              <table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>
              <p>三、收到和处理政府信息公开申请情况</p>
            </td></tr></table>
            """);

        Assert.Equal(["二、主动公开政府信息情况", "|信息内容|本年制发件数|", "|规章|0|", "三、收到和处理政府信息公开申请情况"], document.Flatten());
    }

    [Fact]
    public void Known_cms_container_wins_and_navigation_share_bars_and_scripts_are_dropped()
    {
        var document = HtmlExtractor.ExtractText("""
            <html><head><title>年报_某县人民政府</title><script>var x = "<p>脚本</p>";</script></head>
            <body>
              <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul>
              <div class="position">当前位置：首页 &gt; 政务公开</div>
              <h1 class="title">某县某镇2025年政府信息公开工作年度报告</h1>
              <div id="zoom"><div class="TRS_Editor"><p>一、总体情况</p><p>2025年，我镇主动公开政府信息215条。</p></div></div>
              <div class="bdsharebuttonbox"><a>分享到微信</a></div>
              <div class="footer">主办：某县人民政府办公室</div>
            </body></html>
            """);

        Assert.Equal(["某县某镇2025年政府信息公开工作年度报告", "一、总体情况", "2025年，我镇主动公开政府信息215条。"], document.Flatten());
        Assert.Equal("年报_某县人民政府", document.PageTitle);
    }

    [Theory]
    [InlineData("<p>某县某镇2025年\n  政府信息公开<span>工作</span>年度报告</p><p>一、总体情况</p>", false)]
    [InlineData("<p>\u3000\u3000某县某镇<b>2025</b>年政府信息公开工作年度报告&nbsp;</p><p>一、总体情况</p>", false)]
    [InlineData("<p>某县某镇</p>", true)]
    [InlineData("<p>某县某镇2025年政府信息公开&amp;工作年度报告</p><p>一、总体情况</p>", true)]
    [InlineData("<p>\n \n \n</p><p> \n </p><p>一、总体情况</p>", true)]
    public void A_title_above_the_body_is_added_only_when_the_body_does_not_start_with_it(string body, bool added)
    {
        const string title = "某县某镇2025年政府信息公开工作年度报告";
        var article = $"""<div class="TRS_Editor">{body}<p>2025年，我镇主动公开政府信息215条。</p></div>""";

        var withTitle = HtmlExtractor.ExtractText($"""<html><body><h1 class="title">{title}</h1>{article}</body></html>""").Flatten();
        var bodyOnly = HtmlExtractor.ExtractText($"""<html><body>{article}</body></html>""").Flatten();

        Assert.Equal(added ? [title, .. bodyOnly] : bodyOnly, withTitle);
    }

    [Fact]
    public void Without_a_known_container_the_densest_text_element_is_the_body()
    {
        var document = HtmlExtractor.ExtractText("""
            <html><body>
              <div class="menu-left"><a href="/a">机构概况</a><a href="/b">政策文件</a><a href="/c">规划计划</a><a href="/d">财政信息</a></div>
              <div class="wrap"><div class="art">
                <p>一、总体情况</p><p>2025年，我镇坚持以公开为常态、不公开为例外，全年主动公开政府信息215条。</p><p>二、主动公开政府信息情况</p>
              </div></div>
            </body></html>
            """);

        Assert.Equal(["一、总体情况", "2025年，我镇坚持以公开为常态、不公开为例外，全年主动公开政府信息215条。", "二、主动公开政府信息情况"], document.Flatten());
    }

    [Fact]
    public void Hostile_nesting_is_a_reason_not_a_stack_overflow()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "正文" + string.Concat(Enumerable.Repeat("</div>", 100_000));

        var document = HtmlExtractor.ExtractText(html);

        Assert.Equal("网页元素嵌套超过400层，结构异常，无法自动读取，请人工核查。", document.UnreadableReason);
    }

    [Fact]
    public void Many_comments_unclosed_paragraphs_and_void_tags_are_not_nesting()
    {
        var html = "<!DOCTYPE html><html><body><div id=\"zoom\">" + string.Concat(Enumerable.Repeat("<!-- 注释 --><p>第一段<br><img src=\"a.png\"><li>条目", 1000)) + "</div></body></html>";

        Assert.True(HtmlExtractor.ExtractText(html).IsReadable);
    }

    [Fact]
    public void A_page_of_more_elements_than_the_bound_is_refused_before_parsing()
    {
        var html = "<html><body><p>政府信息公开工作年度报告</p><table>" + string.Concat(Enumerable.Repeat("<tr><td>行</td><td>1</td></tr>", 400)) + "</table></body></html>";

        var refused = HtmlExtractor.ExtractText(html, new ExtractionLimits { MaxHtmlElements = 1000 });
        var read = HtmlExtractor.ExtractText(html, new ExtractionLimits { MaxHtmlElements = 1300 });

        Assert.Equal("网页含1204个元素，超过1000个的上限（报告网页通常只有几千个），无法自动读取，请人工核查。", refused.UnreadableReason);
        Assert.True(read.IsReadable);
    }

    [Fact]
    public void A_table_beyond_the_cell_limit_is_a_reason_not_a_crash()
    {
        var document = HtmlExtractor.ExtractText("<table><tr><td rowspan=\"1\" colspan=\"900\">x</td></tr><tr><td>1</td></tr></table>",
            new ExtractionLimits { MaxTableCells = 500 });

        Assert.False(document.IsReadable);
        Assert.Contains("500个单元格", document.UnreadableReason);
    }
}

public class HtmlCharsetTests
{
    private const string Page = "<html><head>{0}</head><body><p>政府信息公开工作年度报告</p></body></html>";

    private static byte[] Gbk(string meta) => TextDecoding.Gb18030.GetBytes(string.Format(Page, meta));

    private static string? FirstText(byte[] bytes, string? httpCharset = null) =>
        HtmlExtractor.Extract(bytes, httpCharset).Blocks.OfType<TextBlock>().FirstOrDefault()?.Text;

    [Theory]
    [InlineData("<meta charset=\"gb2312\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\" />")]
    [InlineData("")]
    public void Gbk_pages_decode_with_or_without_a_meta_declaration(string meta)
    {
        Assert.Equal("政府信息公开工作年度报告", FirstText(Gbk(meta)));
    }

    [Fact]
    public void The_http_charset_wins_over_the_meta_declaration()
    {
        Assert.Equal("政府信息公开工作年度报告", FirstText(Gbk("<meta charset=\"utf-8\">"), httpCharset: "gb2312"));
    }

    [Fact]
    public void A_byte_order_mark_wins_over_http_and_meta()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Format(Page, "<meta charset=\"gbk\">"))).ToArray();

        Assert.Equal("政府信息公开工作年度报告", FirstText(bytes, httpCharset: "gbk"));
    }

    [Fact]
    public void A_server_default_latin1_header_does_not_override_the_page()
    {
        Assert.Equal("政府信息公开工作年度报告", FirstText(Gbk("<meta charset=\"gbk\">"), httpCharset: "ISO-8859-1"));
    }

    [Fact]
    public void Utf8_declared_but_gbk_encoded_is_detected()
    {
        Assert.Equal("政府信息公开工作年度报告", FirstText(Gbk("<meta charset=\"utf-8\">")));
    }

    [Fact]
    public void Meta_charset_is_found_in_the_head()
    {
        Assert.Equal("gb2312", HtmlCharset.MetaCharset(Encoding.ASCII.GetBytes("<html><head><meta http-equiv='content-type' content='text/html;charset=gb2312'>")));
    }

    [Fact]
    public void A_report_published_as_scans_is_unreadable_with_a_reason_that_asks_for_ocr()
    {
        var document = HtmlExtractor.ExtractText("<html><head><title>城关镇2024年政府信息公开工作年度报告</title></head><body><div id=\"zoom\"><p>城关镇2024年政府信息公开工作年度报告</p><img src=\"/picture/0/1.jpg\"><img src=\"/picture/0/2.jpg\"></div></body></html>");

        Assert.False(document.IsReadable);
        Assert.Contains("2张扫描图片", document.UnreadableReason);
        Assert.Contains("OCR", document.UnreadableReason);
    }

    [Fact]
    public void A_text_report_with_an_illustration_reads_as_text()
    {
        Assert.True(HtmlExtractor.ExtractText("<div id=\"zoom\"><p>一、总体情况</p><p>本年度主动公开信息120条。</p><img src=\"./W0.jpg\"></div>").IsReadable);
    }
}
