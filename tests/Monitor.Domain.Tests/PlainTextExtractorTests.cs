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
}
