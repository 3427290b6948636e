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

    [Fact]
    public void Pipe_rows_are_table_rows_and_markdown_separators_are_skipped()
    {
        var document = PlainTextExtractor.Extract("""
            | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            |---|---|---|---|
            规章 | 0 | 0 | 0 |
            我乡共有3个村｜委会。
            """);

        var table = Assert.IsType<TableBlock>(document.Blocks[0]);
        Assert.Equal([["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"]], table.Rows);
        Assert.Equal("我乡共有3个村｜委会。", Assert.IsType<TextBlock>(document.Blocks[1]).Text);
    }

    [Fact]
    public void Columns_aligned_with_spaces_are_a_row_when_they_carry_numbers()
    {
        var document = PlainTextExtractor.Extract("""
            一、本年新收政府信息公开申请数量    3    0    0    0    0    0    3
            本年度  我乡  认真落实  条例要求。
            """);

        Assert.Equal(["一、本年新收政府信息公开申请数量", "3", "0", "0", "0", "0", "0", "3"], Assert.IsType<TableBlock>(document.Blocks[0]).Rows[0]);
        Assert.IsType<TextBlock>(document.Blocks[1]);
    }

    [Fact]
    public void A_report_with_pipe_tables_has_its_tables_read()
    {
        var report = Monitor.Domain.Parsing.ReportParser.Parse(PlainTextExtractor.Extract("""
            二、主动公开政府信息情况
            | 第二十条第（一）项 | | | |
            | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            | 规章 | 0 | 0 | 0 |
            | 行政规范性文件 | 1 | 0 | 5 |
            """));

        Assert.Equal(5m, report.Table(Monitor.Domain.Reports.StatTableId.Proactive)!.Value(Monitor.Domain.Reports.Table2.NormativeDocuments, Monitor.Domain.Reports.Table2.InForce));
    }
}
