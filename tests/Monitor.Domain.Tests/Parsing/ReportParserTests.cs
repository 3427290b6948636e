using Monitor.Domain.Documents;
using Monitor.Domain.Parsing;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Tests.Parsing;

/// <summary>Small inputs for each tolerance of the parser.</summary>
public class ReportParserTests
{
    private static AnnualReport Parse(string text) =>
        ReportParser.Parse(DocumentReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "report.txt", "text/plain", null));

    private static AnnualReport ParseBlocks(params DocumentBlock[] blocks) =>
        ReportParser.Parse(new ExtractedDocument(SourceFormat.Html, blocks));

    private static TableBlock Table(params string[] rows) =>
        new(rows.Select(r => (IReadOnlyList<string>)r.Split('|')).ToList());

    [Fact]
    public void Markdown_and_bold_headings_with_variant_wording_are_parts()
    {
        var report = Parse("""
            # **示范县某某镇2026年政府信息公开工作年度报告**
            ## 一、总体情况
            正文。
            ## 五、存在主要问题及改进情况
            正文。
            ### 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况
            """);

        Assert.Equal([PartNumber.Overview, PartNumber.ProblemsAndImprovements, PartNumber.ReviewsAndLitigation], report.Parts.Select(p => p.Number));
        Assert.Equal("示范县某某镇", report.Issuer);
        Assert.Equal(2026, report.TitleYear);
    }

    [Fact]
    public void A_sub_part_numbered_like_a_part_is_a_topic_not_a_part()
    {
        var report = Parse("""
            一、总体情况
            （一）主动公开情况。本年度主动公开信息120条。
            (二)依申请公开情况。未收到申请。
            """);

        Assert.Equal([PartNumber.Overview], report.Parts.Select(p => p.Number));
        Assert.Equal([OverviewTopic.Proactive, OverviewTopic.OnRequest], report.OverviewSubParts.Select(s => s.Topic));
    }

    [Theory]
    [InlineData("统计数据从2026年1月1日至2026年12月31日止。", true)]
    [InlineData("本报告统计数据涵盖 2026 年 1 月 1 日至 12 月 31 日。", true)]
    [InlineData("统计数据从20261月1日至12月31日。", true)]
    [InlineData("统计数据从2026年3月1日至2026年12月31日。", false)]
    public void Period_sentences_are_read_in_their_real_variants(string sentence, bool calendarYear)
    {
        var period = Parse("一、总体情况\n" + sentence).Period;

        Assert.NotNull(period);
        Assert.Equal(calendarYear, period.IsCalendarYear);
    }

    [Fact]
    public void A_garbled_period_keeps_its_text_without_dates()
    {
        var period = Parse("一、总体情况\n本报告中所列数据的统计期限自2023 11日到1231日止。").Period;

        Assert.NotNull(period);
        Assert.Null(period.Start);
        Assert.Contains("2023", period.RawText);
    }

    [Fact]
    public void Group_rows_continue_across_sub_rows_and_wrapped_labels_join_the_row_with_values()
    {
        var report = ParseBlocks(
            new TextBlock("三、收到和处理政府信息公开申请情况"),
            Table(
                "一、本年新收政府信息公开申请数量||3|0|0|0|0|0|3",
                "三、本年度办理结果|（三）不予公开|1.属于国家秘密|0|0|0|0|0|0|0",
                "||2.其他法律行政法规禁止公开|1|0|0|0|0|0|1",
                "||7.属于行政执",
                "||法案卷|2|0|0|0|0|0|2"));
        var table = report.Table(StatTableId.Applications)!;

        Assert.Equal(1m, table.Value(Table3.SubRow("withheld", 2), Table3.NaturalPerson));
        Assert.Equal(2m, table.Value(Table3.SubRow("withheld", 7), Table3.Total));
        Assert.Equal(3m, table.Value(Table3.NewReceived, Table3.Total));
    }

    [Fact]
    public void Placeholders_in_value_cells_are_values_without_numbers()
    {
        var report = ParseBlocks(
            new TextBlock("三、收到和处理政府信息公开申请情况"),
            Table("一、本年新收政府信息公开申请数量||/|—|0|0|0|0|0"));
        var cell = report.Table(StatTableId.Applications)!.Cell(Table3.NewReceived, Table3.NaturalPerson)!;

        Assert.Equal("/", cell.Raw);
        Assert.Null(cell.Value);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_values_is_left_out_and_reported()
    {
        var report = ParseBlocks(
            new TextBlock("三、收到和处理政府信息公开申请情况"),
            Table("一、本年新收政府信息公开申请数量||1|0|0|0|0|1"));

        Assert.False(report.Table(StatTableId.Applications)!.HasRow(Table3.NewReceived));
        Assert.Contains(report.Diagnostics, d => d.Kind == ParseDiagnosticKind.TableShape && d.Found == "6个数值");
    }

    [Fact]
    public void Table_four_values_split_over_rows_by_a_pdf_are_joined()
    {
        var report = ParseBlocks(
            new TextBlock("四、政府信息公开行政复议、行政诉讼情况"),
            Table("行政复议|||||行政诉讼", "0|0|0|0|0|1|0|0", "0|1|1|0|0|0|1"));
        var table = report.Table(StatTableId.ReviewsAndLitigation)!;

        Assert.Equal(1m, table.Value(Table4.LitigationDirect, Table4.Upheld));
        Assert.Equal(1m, table.Value(Table4.LitigationAfterReview, Table4.Upheld));
        Assert.DoesNotContain(report.Diagnostics, d => d.Kind == ParseDiagnosticKind.TableShape);
    }

    [Fact]
    public void Old_format_wording_is_recorded()
    {
        var report = Parse("一、总体情况\n第二十条第（九）项\t\t\n信息内容\t上一年项目数量\t本年增/减\n");

        Assert.Contains(report.Diagnostics, d => d.Kind == ParseDiagnosticKind.OldFormatMarker && d.Found == "上一年项目数量");
    }

    [Fact]
    public void A_report_without_tables_records_each_missing_table()
    {
        var report = Parse("一、总体情况\n正文。\n二、主动公开政府信息情况\n见附件。");

        Assert.Equal(
            ["表二", "表三", "表四"],
            report.Diagnostics.Where(d => d.Kind == ParseDiagnosticKind.TableMissing).Select(d => d.Location.Table));
    }

    [Theory]
    [InlineData("")]
    [InlineData("这是一篇与年度报告无关的新闻稿。\n\n\t\t\n1|2|3")]
    [InlineData("\u0000\u0001\u0002")]
    public void Garbage_parses_to_an_empty_report_without_throwing(string text)
    {
        var report = Parse(text);

        Assert.Empty(report.Parts);
        Assert.DoesNotContain(report.Diagnostics, d => d.Kind == ParseDiagnosticKind.TableMissing);
    }

    [Fact]
    public void An_unreadable_document_keeps_its_reason()
    {
        var report = ReportParser.Parse(ExtractedDocument.Unreadable(SourceFormat.Unsupported, "该文件为旧版Word（.doc）格式"));

        Assert.Equal("该文件为旧版Word（.doc）格式", report.UnreadableReason);
        Assert.Empty(report.Diagnostics);
    }
}
