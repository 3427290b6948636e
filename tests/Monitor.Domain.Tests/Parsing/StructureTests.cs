using Monitor.Domain.Documents;
using Monitor.Domain.Parsing;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Tests.Parsing;

public class StructureTests
{
    [Fact]
    public void Markdown_bold_and_bracket_variants_of_headings_are_recognised()
    {
        var report = Parse.Text("""
            # XX县XX镇人民政府 2023 年政府信息公开工作年度报告
            ## **一、总体情况**
            **（一）主动公开政府信息情况。**本年主动公开信息10条。
            **(二) 依申请公开情况。**未收到申请。
            #### 二.主动公开政府信息情况
            ### 三、收到和处理政府信息公开申请情况
            四、因政府信息公开工作被申请行政复议、提起行政诉讼情况
            五、存在主要问题及改进情况
            (一) 存在问题
            一是公开不及时。
            六、其他需要报告的事项
            无
            """);

        Assert.Equal(
            [
                (PartNumber.Overview, "一、总体情况"),
                (PartNumber.ProactiveDisclosure, "二.主动公开政府信息情况"),
                (PartNumber.Applications, "三、收到和处理政府信息公开申请情况"),
                (PartNumber.ReviewsAndLitigation, "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"),
                (PartNumber.ProblemsAndImprovements, "五、存在主要问题及改进情况"),
                (PartNumber.OtherMatters, "六、其他需要报告的事项"),
            ],
            report.Parts.Select(p => (p.Number, p.Heading)));
        Assert.Equal(
            [(OverviewTopic.Proactive, "本年主动公开信息10条。"), (OverviewTopic.OnRequest, "未收到申请。")],
            report.OverviewSubParts.Select(s => (s.Topic, s.Text)));
        Assert.Equal(("XX县XX镇", 2023), (report.Issuer, report.TitleYear));
    }

    [Fact]
    public void Issuer_comes_from_the_opening_when_the_title_does_not_name_it()
    {
        var report = Parse.Text("""
            2024年政府信息公开工作年度报告
            根据要求，现发布《中宁县大战场镇人民政府2024年政府信息公开工作年度报告》。
            一、总体情况
            """);

        Assert.Equal(("2024年政府信息公开工作年度报告", "中宁县大战场镇", 2024), (report.Title, report.Issuer, report.TitleYear));
    }

    [Fact]
    public void Sub_part_numbering_is_not_a_part_heading()
    {
        var report = Parse.Text("""
            一、总体情况
            （二）主动公开政府信息情况
            （三）收到和处理政府信息公开申请情况
            """);

        Assert.Equal([PartNumber.Overview], report.Parts.Select(p => p.Number));
    }

    [Fact]
    public void Parts_out_of_order_keep_their_found_order()
    {
        var report = Parse.Text("""
            二、主动公开政府信息情况
            一、总体情况
            """);

        Assert.Equal([(PartNumber.ProactiveDisclosure, 0), (PartNumber.Overview, 1)], report.Parts.Select(p => (p.Number, p.Order)));
    }

    [Fact]
    public void Overview_sub_parts_are_matched_by_topic_words()
    {
        var report = Parse.Text("""
            一、总体情况
            （一）主动公开提质扩面。文字
            （三）信息管理健全规范。文字
            （四）平台建设优化升级。文字
            （五）政府信息公开监督工作。文字
            """);

        Assert.Equal(
            [OverviewTopic.Proactive, OverviewTopic.InformationManagement, OverviewTopic.Platform, OverviewTopic.Supervision],
            report.OverviewSubParts.Select(s => s.Topic));
    }

    [Theory]
    [InlineData("本报告统计数据从 2024 年 1 月 1 日至 2024 年 12 月 31 日。", "2024-01-01", "2024-12-31")]
    [InlineData("统计数据涵盖 2025 年 1 月 1 日至 12 月 31 日。", "2025-01-01", "2025-12-31")]
    [InlineData("本报告统计时间为2023年1月1日到2023年12月30日。", "2023-01-01", "2023-12-30")]
    [InlineData("报告期为2024年1月1日起至2024年12月31日止。", "2024-01-01", "2024-12-31")]
    public void Period_is_read_tolerantly(string sentence, string start, string end)
    {
        var period = Parse.Text($"XX乡2025年政府信息公开工作年度报告\n{sentence}\n一、总体情况").Period;

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (period?.Start, period?.End));
    }

    [Fact]
    public void Garbled_period_keeps_its_text_without_dates()
    {
        var period = Parse.Text("本报告中所列数据的统计期限自2023 11日到1231日止。").Period;

        Assert.Equal((null, null, "所列数据的统计期限自202311日到1231日"), (period?.Start, period?.End, period?.RawText));
    }

    [Fact]
    public void No_period_sentence_gives_no_period()
    {
        Assert.Null(Parse.Text("2024年，我镇公开信息20条。").Period);
    }

    [Fact]
    public void Every_missing_table_is_named()
    {
        var report = Parse.Text("""
            一、总体情况
            二、主动公开政府信息情况
            三、收到和处理政府信息公开申请情况
            四、政府信息公开行政复议、行政诉讼情况
            """);

        Assert.Equal(
            [("表二", ParseDiagnosticKind.TableMissing), ("表三", ParseDiagnosticKind.TableMissing), ("表四", ParseDiagnosticKind.TableMissing)],
            report.Diagnostics.Select(d => (d.Location.Table, d.Kind)));
        Assert.Empty(report.Tables);
    }

    [Fact]
    public void Unreadable_document_gives_no_diagnostics()
    {
        var report = ReportParser.Parse(ExtractedDocument.Unreadable(SourceFormat.Pdf, "扫描件，无法读取文字。"));

        Assert.Equal(("扫描件，无法读取文字。", 0), (report.UnreadableReason, report.Diagnostics.Count));
    }

    [Fact]
    public void Old_format_markers_are_reported_once_each()
    {
        var report = Parse.Text("""
            二、主动公开政府信息情况
            第二十条第（九）项|||
            信息内容|采购项目数量|本年增/减
            政府集中采购|0|0
            信息内容|本年新制作数量|本年新公开数量|对外公开总数量
            规章|0|0|0
            """.Replace('|', '\t'));

        Assert.Equal(
            ["本年新制作数量", "本年新公开数量", "对外公开总数量", "本年增/减", "第二十条第（九）项", "政府集中采购"],
            report.Diagnostics.Where(d => d.Kind == ParseDiagnosticKind.OldFormatMarker).Select(d => d.Found));
    }

    [Fact]
    public void Empty_and_random_documents_parse_without_exceptions()
    {
        var empty = ReportParser.Parse(new ExtractedDocument(SourceFormat.PlainText, []));
        var random = Parse.Text("asdf 123\n\t\t\n（（（一\n一、\n#\n**\n\t0\t/\t—");

        Assert.Equal((null, 0, 3), (empty.Title, empty.Parts.Count, empty.Diagnostics.Count(d => d.Kind == ParseDiagnosticKind.TableMissing)));
        Assert.Null(random.Issuer);
    }

    [FsCheck.Xunit.Property]
    public bool Any_text_parses_without_throwing(string? text)
    {
        var report = Parse.Text(text ?? "");
        return report.Parts.Select(p => p.Number).Distinct().Count() == report.Parts.Count;
    }

    [Fact]
    public void Heading_run_on_with_its_text_is_split_from_it()
    {
        var report = Parse.Text("""
            一、总体情况。2024年，我乡认真贯彻条例。
            一、加强组织领导。成立领导小组。
            五、存在的主要问题及改进情况：一是公开不及时。
            """);

        Assert.Equal(
            [
                (PartNumber.Overview, "一、总体情况", "2024年，我乡认真贯彻条例。\n一、加强组织领导。成立领导小组。"),
                (PartNumber.ProblemsAndImprovements, "五、存在的主要问题及改进情况", "一是公开不及时。"),
            ],
            report.Parts.Select(p => (p.Number, p.Heading, p.Text)));
    }

    private static readonly string[] TableWords =
    [
        "三、收到和处理政府信息公开申请情况", "二、主动公开政府信息情况", "四、行政复议、行政诉讼情况", "（三）不予公开", "(六) 其他处理",
        "1.属于国家秘密", "9.其他", "3.其他", "0", "12", "/", "—", "本年新收", "行政复议", "行政诉讼", "规章", "行政事业性收费",
        "（七）总计", "本年新制作数量", "统计数据从2024年1月1日至12月31日", "", "\t", "\n", "\t\t", "\n\n",
    ];

    [FsCheck.Xunit.Property]
    public bool Any_arrangement_of_table_words_parses_without_throwing(int[] picks)
    {
        var text = string.Concat((picks ?? []).Select(p => TableWords[(p & int.MaxValue) % TableWords.Length] + ((p & 1) == 0 ? "\t" : "\n")));
        var report = Parse.Text(text);
        return report.Tables.Values.All(t => t.Cells.Keys.All(k => t.Layout.Rows.Any(r => r.Key == k.Row) && t.Layout.ColumnsOfRow(k.Row).Contains(k.Column)))
            && report.Diagnostics.All(d => d.Kind == ParseDiagnosticKind.OldFormatMarker || d.Location.Table is not null);
    }

    [Fact]
    public void Title_is_found_after_page_chrome_and_a_yearless_heading()
    {
        var report = Parse.Text("""
            登录 | 注册
            政府信息公开
            政府信息公开工作年度报告
            索引号 000014348/2022-00630
            发布机构 马鞍底乡人民政府
            马鞍底乡2021年政府信息公开工作年度报告
            一、总体情况
            """);

        Assert.Equal(("马鞍底乡", 2021), (report.Issuer, report.ReportYear));
    }

    [Theory]
    [InlineData("本报告在认真总结2020年帽儿山镇政府信息公开工作的基础上编制。\n一、总体情况", "帽儿山镇", 2020)]
    [InlineData("一、总体情况\n2025年，朝外街道在区委、区政府的正确领导下，认真贯彻落实《条例》。", "朝外街道", 2025)]
    [InlineData("一、总体情况\n2022年度，区秦岭保护局全面贯彻落实区委、区政府的各项工作部署。", "区秦岭保护局", 2022)]
    public void Without_a_title_the_opening_names_issuer_and_year(string text, string issuer, int year)
    {
        var report = Parse.Text(text);

        Assert.Equal((issuer, year), (report.Issuer, report.ReportYear));
        Assert.Null(report.TitleYear);
    }

    [Fact]
    public void We_and_this_unit_name_nobody()
    {
        Assert.Null(Parse.Text("一、总体情况\n2023年，我街按照《条例》有关要求，认真落实政府信息公开工作。").Issuer);
    }

    [Fact]
    public void Report_year_falls_back_to_a_calendar_year_period()
    {
        var report = Parse.Text("报告中所列数据统计期限自2020年1月1日起至2020年12月31日止。\n一、总体情况");

        Assert.Equal(2020, report.ReportYear);
    }

    [Fact]
    public void A_heading_run_on_at_the_end_of_a_paragraph_starts_its_part()
    {
        var report = Parse.Text("""
            一、总体情况
            本年度我镇扎实推进政务公开工作。二、主动公开政府信息情况
            三、收到和处理政府信息公开申请情况
            """);

        Assert.Equal([PartNumber.Overview, PartNumber.ProactiveDisclosure, PartNumber.Applications], report.Parts.Select(p => p.Number));
        Assert.Equal("本年度我镇扎实推进政务公开工作。", report.Part(PartNumber.Overview)!.Text);
    }
}
