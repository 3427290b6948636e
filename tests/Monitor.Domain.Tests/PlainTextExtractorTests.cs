using Monitor.Domain.Documents;

namespace Monitor.Domain.Tests;

public class PlainTextExtractorTests
{
    [Fact]
    public void Tab_separated_lines_form_one_table_across_a_blank_line()
    {
        var document = PlainTextExtractor.Extract("""
            # 二、主动公开政府信息情况
            信息内容	本年制发件数

            规章	0
            之后的段落
            """);

        Assert.Equal(["二、主动公开政府信息情况", "TABLE:2", "之后的段落"],
            document.Blocks.Select(b => b switch { TextBlock t => t.Text, TableBlock t => $"TABLE:{t.Rows.Count}", _ => "?" }));
    }

    [Fact]
    public void Tab_indented_sentence_is_a_paragraph_not_a_table_row()
    {
        var document = PlainTextExtractor.Extract("\t2024年，我乡主动公开信息20条。\n规章\t0\t0\t0\n\t第二十条第（一）项\t\t");

        Assert.Equal(["2024年，我乡主动公开信息20条。", "TABLE:2"],
            document.Blocks.Select(b => b switch { TextBlock t => t.Text, TableBlock t => $"TABLE:{t.Rows.Count}", _ => "?" }));
    }
}
