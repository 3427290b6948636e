using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Tests.Parsing;

public class TableRecoveryTests
{
    [Fact]
    public void Wrapped_label_lends_its_identity_to_the_row_that_carries_the_values()
    {
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            |（三）不予公开|1.属于国家秘密|1|0|0|0|0|0|1
            ||7.属于行政执|||||||
            ||法案卷|2|0|0|0|0|0|2
            """.Replace('|', '\t'));
        var table = report.Table(StatTableId.Applications)!;

        Assert.Equal(2m, table.Value(Table3.SubRow("withheld", 7), Table3.NaturalPerson));
        Assert.Equal(2m, table.Value(Table3.SubRow("withheld", 7), Table3.Total));
        Assert.Equal(1m, table.Value(Table3.SubRow("withheld", 1), Table3.Total));
    }

    [Fact]
    public void Wrapped_label_continuing_after_the_values_is_joined_without_a_variant()
    {
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            |（五）不予处理|1.信访举报投诉类申请|0|0|0|0|0|0|0
            ||5.要求行政机|3|0|0|0|0|0|3
            ||关确认或重新出具已获取信息||||||||
            """.Replace('|', '\t'));

        Assert.Equal(3m, report.Table(StatTableId.Applications)!.Value(Table3.SubRow("not-processed", 5), Table3.Total));
        Assert.DoesNotContain(report.Diagnostics, d => d.Kind == ParseDiagnosticKind.LabelVariant);
    }

    [Fact]
    public void Extra_empty_columns_and_spaces_inside_labels_are_ignored()
    {
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量||||4||0||0|0|0|0|4||||
            |(四)无 法提供|1.本机关不掌 握相关政府 信息|0|0|0|0|0|0|0
            """.Replace('|', '\t'));
        var table = report.Table(StatTableId.Applications)!;

        Assert.Equal([4m, 0m, 0m, 0m, 0m, 0m, 4m], Table3.AllColumns.Select(c => table.Value(Table3.NewReceived, c)));
        Assert.Equal(0m, table.Value(Table3.SubRow("unavailable", 1), Table3.Total));
        Assert.DoesNotContain(report.Diagnostics, d => d.Kind == ParseDiagnosticKind.LabelVariant);
    }

    [Fact]
    public void Header_split_over_rows_and_blank_lines_does_not_disturb_the_rows()
    {
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|申请人情况||||||总计
            |自 然 人|法人或其他组织|||||
            ||商业 企业|科研 机构|社会 公益|法 律 服 务|其他|

            |||||组织|机构|||
            一、本年新收政府信息公开申请数量||2|0|0|0|0|1|3|
            """.Replace('|', '\t'));

        Assert.Equal(3m, report.Table(StatTableId.Applications)!.Value(Table3.NewReceived, Table3.Total));
    }

    [Fact]
    public void Row_with_a_missing_column_is_left_out_and_reported()
    {
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            ||自然人|法人或其他组织||||总计
            |||商业企业|科研机构|社会公益组织|法律服务机构|其他
            一、本年新收政府信息公开申请数量||1|0|0|0|0|1
            二、上年结转政府信息公开申请数量||0|0|0|0|0|0|0
            """.Replace('|', '\t'));
        var table = report.Table(StatTableId.Applications)!;

        Assert.False(table.HasRow(Table3.NewReceived));
        Assert.Equal(0m, table.Value(Table3.CarriedOver, Table3.Total));
        Assert.Contains(("表三", "一、本年新收政府信息公开申请数量", "7个数值", "6个数值"), report.Shape());
    }

    [Fact]
    public void Group_row_without_its_sub_rows_is_a_format_variant_warned_not_an_old_format()
    {
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            |(六) 其他处理||0|0|0|0|0|0|0
            |(七) 总计||0|0|0|0|0|0|0
            """.Replace('|', '\t'));

        Assert.DoesNotContain(report.Shape(), s => s.Expected == "7个数值");
        Assert.Contains(("表三", "三、本年度办理结果（六）其他处理", "（六）其他处理下有3个细分行", "仅有合计行"), report.Shape());
        Assert.Equal(Severity.Warning, report.Diagnostics.Single(d => d.Found == "仅有合计行").Severity);
        Assert.DoesNotContain(report.Diagnostics, d => d.Kind == ParseDiagnosticKind.OldFormatMarker);
        Assert.Equal(0m, report.Table(StatTableId.Applications)!.Value(Table3.ResultTotal, Table3.Total));
    }

    [Fact]
    public void Blank_marks_are_values_without_a_number()
    {
        var report = Parse.Text("""
            二、主动公开政府信息情况
            信息内容|本年制发件数|本年废止件数|现行有效件数
            规章|/|—|0
            行政处罚|-||
            行政事业性收费|1.5||
            """.Replace('|', '\t'));
        var table = report.Table(StatTableId.Proactive)!;

        Assert.Equal(
            [("/", null), ("—", null), ("0", 0m), ("-", null), ("1.5", 1.5m)],
            new[] { table.Cell(Table2.Regulations, Table2.Issued), table.Cell(Table2.Regulations, Table2.Repealed), table.Cell(Table2.Regulations, Table2.InForce), table.Cell(Table2.Penalty, Table2.Decisions), table.Cell(Table2.Fees, Table2.Amount) }
                .Select(c => (c?.Raw, c?.Value)));
    }

    [Fact]
    public void Table_two_row_with_too_many_values_is_reported()
    {
        var report = Parse.Text("""
            二、主动公开政府信息情况
            规章|0|0|0|0
            行政规范性文件|1|0|3
            """.Replace('|', '\t'));

        Assert.Contains(("表二", "规章", "3个数值", "4个数值"), report.Shape());
        Assert.Equal(3m, report.Table(StatTableId.Proactive)!.Value(Table2.NormativeDocuments, Table2.InForce));
    }

    [Fact]
    public void Table_four_split_header_and_values_over_two_rows_are_recovered()
    {
        var report = Parse.Text("""
            四、政府信息公开行政复议、行政诉讼情况
            行政复议|||||行政诉讼
            结果|结果|其他|尚未|总计|未经复议直接起诉|||||复议后起诉
            维持|纠正|结果|审结||维持|纠正|结果|审结||维持|纠正|结果|审结|
            1|0|0|0|1|0|0|0|0|0
            0|0|0|2|2
            """.Replace('|', '\t'));
        var table = report.Table(StatTableId.ReviewsAndLitigation)!;

        Assert.Equal((1m, 1m, 2m, 2m), (table.Value(Table4.Review, Table4.Upheld), table.Value(Table4.Review, Table4.Total), table.Value(Table4.LitigationAfterReview, Table4.Pending), table.Value(Table4.LitigationAfterReview, Table4.Total)));
        Assert.Empty(report.Shape());
    }

    [Fact]
    public void Table_four_with_the_wrong_number_of_values_is_reported_and_left_empty()
    {
        var report = Parse.Text("""
            四、政府信息公开行政复议、行政诉讼情况
            行政复议|行政诉讼
            0|0|0|0|0|0|0|0|0|0|0|0
            """.Replace('|', '\t'));

        Assert.Equal([("表四", null, "15个数值", "12个数值")], report.Shape());
        Assert.Empty(report.Table(StatTableId.ReviewsAndLitigation)!.Cells);
    }

    [Fact]
    public void Table_split_into_two_blocks_by_a_page_line_is_joined()
    {
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量||1|0|0|0|0|0|1
            第 5 页
            二、上年结转政府信息公开申请数量||2|0|0|0|0|0|2
            """.Replace('|', '\t'));
        var table = report.Table(StatTableId.Applications)!;

        Assert.Equal((1m, 2m), (table.Value(Table3.NewReceived, Table3.Total), table.Value(Table3.CarriedOver, Table3.Total)));
    }

    [Fact]
    public void Sub_row_beyond_the_format_is_reported_not_kept()
    {
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            |（六）其他处理|1.申请人无正当理由逾期不补正|0|0|0|0|0|0|0
            ||9.其他情形|1|0|0|0|0|0|1
            ||8.其他情形|1|0|0
            """.Replace('|', '\t'));

        Assert.Contains(("表三", "9.其他情形", "表三的行", "9.其他情形"), report.Shape());
        Assert.Contains(("表三", "8.其他情形", "表三的行", "8.其他情形"), report.Shape());
        Assert.Equal(7, report.Table(StatTableId.Applications)!.Cells.Count);
    }

    [Fact]
    public void Sub_rows_that_lost_their_numbering_are_known_by_their_wording()
    {
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            |（四）无法提供|本机关不掌握相关政府信息|1|0|0|0|0|0|1
            ||没有现成信息需要另行制作|2|0|0|0|0|0|2
            ||补正后申请内容仍不明确|3|0|0|0|0|0|3
            """.Replace('|', '\t'));
        var table = report.Table(StatTableId.Applications)!;

        Assert.Equal([1m, 2m, 3m], Enumerable.Range(1, 3).Select(n => table.Value(Table3.SubRow("unavailable", n), Table3.Total)));
    }

    [Fact]
    public void Values_without_any_label_inside_a_group_are_reported()
    {
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            |（三）不予公开|1.属于国家秘密|0|0|0|0|0|0|0
            0|0|0|0|0|0|0
            """.Replace('|', '\t'));

        Assert.Contains(("表三", "无标签的行", "表三的行", "无标签的行"), report.Shape());
        Assert.Equal(7, report.Table(StatTableId.Applications)!.Cells.Count);
    }

    [Fact]
    public void Blank_legal_person_cells_are_blank_values_and_the_arithmetic_still_runs()
    {
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量|3||||||3
            二、上年结转政府信息公开申请数量|0||||||0
            """.Replace('|', '\t'));
        var table = report.Table(StatTableId.Applications)!;

        Assert.Equal((3m, 3m), (table.Value(Table3.NewReceived, Table3.NaturalPerson)!.Value, table.Value(Table3.NewReceived, Table3.Total)!.Value));
        Assert.False(table.Cell(Table3.NewReceived, Table3.Business)!.IsNumeric);
        Assert.DoesNotContain(report.Shape(), s => s.Row == "一、本年新收政府信息公开申请数量");
    }

    [Fact]
    public void Result_total_is_checked_against_a_group_given_as_one_row()
    {
        var zeros = "|0|0|0|0|0|0|0";
        var groups = new[] { ("(三) 不予公开", 8), ("(四) 无法提供", 3), ("(五) 不予处理", 5) }
            .SelectMany(g => Enumerable.Range(1, g.Item2).Select(n => $"{(n == 1 ? g.Item1 : "")}|{n}.细分项{zeros}"));
        var report = Parse.Text(string.Join("\n", [
            "三、收到和处理政府信息公开申请情况",
            "(一) 予以公开||1|0|0|0|0|0|1",
            "(二) 部分公开|" + zeros,
            .. groups,
            "(六) 其他处理||2|0|0|0|0|0|2",
            "(七) 总计||4|0|0|0|0|0|4",
        ]).Replace('|', '\t'));

        var t03 = new Monitor.Domain.Rules.Tables.T03ResultTotalRule().Evaluate(new Monitor.Domain.Rules.ReportContext(report)).Findings;

        Assert.Contains(t03, f => f.Found == "4" && f.Expected == "3");
    }

    [Fact]
    public void A_row_left_out_at_the_foot_of_a_page_goes_back_into_its_table()
    {
        // Shape of a real PDF (js-huaian-hongze-2023): the last row of page 3 comes out as text, glued to its first value.
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            |（四）无法提供|1.本机关不掌握相关政府信息|10|0|0|0|0|0|10
            2.没有现成信息需要另行制作3 0 0 0 0 0 3
            ||3.补正后申请内容仍不明确|0|0|0|0|0|0|0
            """.Replace('|', '\t'));
        var table = report.Table(StatTableId.Applications)!;

        Assert.Equal(3m, table.Value(Table3.SubRow("unavailable", 2), Table3.NaturalPerson));
        Assert.Equal(0m, table.Value(Table3.SubRow("unavailable", 3), Table3.Total));
        Assert.DoesNotContain(report.Shape(), s => s.Row == "三、本年度办理结果（四）无法提供");
    }
}
