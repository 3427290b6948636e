using Monitor.Domain.Reports;

namespace Monitor.Domain.Tests.Parsing;

public class SeedReportTests
{
    private static readonly PartNumber[] AllParts = Enum.GetValues<PartNumber>();
    private static readonly OverviewTopic[] AllTopics = Enum.GetValues<OverviewTopic>();

    [Theory]
    [InlineData("xutao-2024.txt", "中宁县徐套乡", 2024)]
    [InlineData("lijun-2025.txt", "海原县李俊乡", 2025)]
    [InlineData("hongsibu-town-2024.txt", "红寺堡区红寺堡镇", 2024)]
    [InlineData("xinzhuangji-2025.txt", "红寺堡区新庄集乡", 2025)]
    [InlineData("dazhai-2025.txt", "大寨镇", 2025)]
    public void Seed_has_issuer_year_all_parts_sub_parts_and_tables(string seed, string issuer, int year)
    {
        var report = Seeds.Parse(seed);

        Assert.Equal((issuer, year), (report.Issuer, report.TitleYear));
        Assert.Equal(AllParts, report.Parts.Select(p => p.Number));
        Assert.Equal(AllTopics, report.OverviewSubParts.Select(s => s.Topic));
        Assert.Equal([StatTableId.Proactive, StatTableId.Applications, StatTableId.ReviewsAndLitigation], report.Tables.Keys.Order());
        Assert.DoesNotContain(report.Diagnostics, d => d.Kind is ParseDiagnosticKind.TableMissing or ParseDiagnosticKind.OldFormatMarker);
        Assert.DoesNotContain("\t", report.FullText);
    }

    [Theory]
    [InlineData("xutao-2024.txt", "2024-01-01", "2024-12-31")]
    [InlineData("lijun-2025.txt", "2025-01-01", "2025-12-31")]
    [InlineData("hongsibu-town-2024.txt", "2024-01-01", "2024-12-31")]
    [InlineData("xinzhuangji-2025.txt", "2025-01-01", "2025-12-31")]
    public void Seed_states_its_calendar_year_as_period(string seed, string start, string end)
    {
        var period = Seeds.Parse(seed).Period;

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (period?.Start, period?.End));
    }

    [Fact]
    public void Dazhai_states_no_period()
    {
        Assert.Null(Seeds.Parse("dazhai-2025.txt").Period);
    }

    [Theory]
    [InlineData("xutao-2024.txt")]
    [InlineData("lijun-2025.txt")]
    [InlineData("hongsibu-town-2024.txt")]
    public void Clean_seeds_have_complete_tables_and_only_label_variants(string seed)
    {
        var report = Seeds.Parse(seed);

        Assert.All(report.Diagnostics, d => Assert.Equal(ParseDiagnosticKind.LabelVariant, d.Kind));
        Assert.Equal(10, report.Table(StatTableId.Proactive)!.Cells.Count);
        Assert.Equal(Table3.Layout.Rows.Count * 7, report.Table(StatTableId.Applications)!.Cells.Count);
        Assert.Equal(15, report.Table(StatTableId.ReviewsAndLitigation)!.Cells.Count);
    }

    [Fact]
    public void Xutao_reports_ten_penalties_and_the_social_organisation_header_variant()
    {
        var report = Seeds.Parse("xutao-2024.txt");

        Assert.Equal(10m, report.Table(StatTableId.Proactive)!.Value(Table2.Penalty, Table2.Decisions));
        Assert.Equal(0m, report.Table(StatTableId.Proactive)!.Value(Table2.Fees, Table2.Amount));
        Assert.Equal([("社会公益组织", "社会组织")], report.Diagnostics.Select(d => (d.Expected, d.Found)));
    }

    [Fact]
    public void Hongsibu_table_four_has_two_direct_lawsuits()
    {
        var table = Seeds.Parse("hongsibu-town-2024.txt").Table(StatTableId.ReviewsAndLitigation)!;

        Assert.Equal(
            [1m, 0m, 0m, 1m, 2m],
            Table4.AllColumns.Select(c => table.Value(Table4.LitigationDirect, c)));
        Assert.Equal(0m, table.Value(Table4.Review, Table4.Total));
        Assert.Equal(0m, table.Value(Table4.LitigationAfterReview, Table4.Total));
    }

    [Fact]
    public void Xinzhuangji_reports_twelve_value_rows_and_missing_sub_rows_and_keeps_the_rest()
    {
        var report = Seeds.Parse("xinzhuangji-2025.txt");
        var table = report.Table(StatTableId.Applications)!;

        Assert.Equal(
            [
                ("表三", "（六）其他处理、三、本年度办理结果（七）总计、四、结转下年度继续办理", "7个数值", "12个数值"),
                ("表三", "三、本年度办理结果（六）其他处理", "（六）其他处理下有3个细分行", "缺失"),
            ],
            report.Diagnostics.Where(d => d.Kind == ParseDiagnosticKind.TableShape).Select(d => (d.Location.Table, d.Location.Row, d.Expected, d.Found)));
        Assert.Equal(20 * 7, table.Cells.Count);
        Assert.True(table.HasRow(Table3.SubRow("not-processed", 5)));
        Assert.True(table.HasRow(Table3.SubRow("withheld", 7)));
        Assert.False(table.HasRow(Table3.ResultTotal));
        Assert.Equal(0m, table.Value(Table3.NewReceived, Table3.Total));
        Assert.Equal(15, report.Table(StatTableId.ReviewsAndLitigation)!.Cells.Count);
    }

    [Fact]
    public void Xinzhuangji_header_and_row_wording_are_label_variants()
    {
        var report = Seeds.Parse("xinzhuangji-2025.txt");

        Assert.Equal(
            [
                ("本年制发件数", "本年制发件"),
                ("现行有效件数", "现有有效件"),
                ("本年处理决定数量", "本年处理决定事项"),
                ("本年新收政府信息公开申请数量", "一、本年新收到政府信息公开申请数量"),
                ("7.属于行政执法案卷", "7.属于行政执法案件"),
            ],
            report.Diagnostics.Where(d => d.Kind == ParseDiagnosticKind.LabelVariant).Select(d => (d.Expected, d.Found)));
    }

    [Fact]
    public void Dazhai_table_three_rows_lack_a_column_and_are_left_out()
    {
        var report = Seeds.Parse("dazhai-2025.txt");

        Assert.Equal(
            [("7个数值", "6个数值"), ("7个数值", "5个数值")],
            report.Diagnostics.Select(d => (d.Expected, d.Found)));
        Assert.All(report.Diagnostics, d => Assert.Equal(("表三", ParseDiagnosticKind.TableShape), (d.Location.Table, d.Kind)));
        Assert.Empty(report.Table(StatTableId.Applications)!.Cells);
        Assert.Contains("表头列出7列", report.Diagnostics[0].Message);
    }

    [Fact]
    public void Part_text_excludes_headings_and_tables()
    {
        var report = Seeds.Parse("dazhai-2025.txt");

        Assert.Equal("无", report.Part(PartNumber.OtherMatters)!.Text);
        Assert.Equal("", report.Part(PartNumber.ReviewsAndLitigation)!.Text);
        Assert.StartsWith("（一）主动公开：", report.Part(PartNumber.Overview)!.Text);
        Assert.StartsWith("本年度，我镇坚持", report.SubPart(OverviewTopic.Proactive)!.Text);
    }
}
