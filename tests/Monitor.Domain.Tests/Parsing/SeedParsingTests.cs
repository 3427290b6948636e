using Monitor.Domain.Reports;

namespace Monitor.Domain.Tests.Parsing;

/// <summary>The parser on the five real seed reports: metadata, parts, topics and table cells.</summary>
public class SeedParsingTests
{
    [Theory]
    [InlineData("xinzhuangji-2025.txt", "红寺堡区新庄集乡", 2025)]
    [InlineData("hongsibu-town-2024.txt", "红寺堡区红寺堡镇", 2024)]
    [InlineData("xutao-2024.txt", "中宁县徐套乡", 2024)]
    [InlineData("lijun-2025.txt", "海原县李俊乡", 2025)]
    [InlineData("dazhai-2025.txt", "大寨镇", 2025)]
    public void Seed_has_issuer_year_six_parts_five_topics_and_three_tables(string seed, string issuer, int year)
    {
        var report = Seeds.Parse(seed);

        Assert.Equal(issuer, report.Issuer);
        Assert.Equal(year, report.TitleYear);
        Assert.Equal(Enum.GetValues<PartNumber>(), report.Parts.Select(p => p.Number));
        Assert.Equal(Enum.GetValues<OverviewTopic>().Order(), report.OverviewSubParts.Select(s => s.Topic).Order());
        Assert.Equal([StatTableId.Proactive, StatTableId.Applications, StatTableId.ReviewsAndLitigation], report.Tables.Keys.Order());
    }

    [Theory]
    [InlineData("xinzhuangji-2025.txt", 2025)]
    [InlineData("hongsibu-town-2024.txt", 2024)]
    [InlineData("xutao-2024.txt", 2024)]
    [InlineData("lijun-2025.txt", 2025)]
    public void Seed_states_a_calendar_year_period(string seed, int year)
    {
        var period = Seeds.Parse(seed).Period;

        Assert.NotNull(period);
        Assert.True(period.IsCalendarYear);
        Assert.Equal(new DateOnly(year, 1, 1), period.Start);
    }

    [Fact]
    public void Dazhai_states_no_period() => Assert.Null(Seeds.Parse("dazhai-2025.txt").Period);

    [Theory]
    [InlineData("hongsibu-town-2024.txt")]
    [InlineData("xutao-2024.txt")]
    [InlineData("lijun-2025.txt")]
    public void Clean_seed_tables_parse_without_shape_problems(string seed)
    {
        var report = Seeds.Parse(seed);

        Assert.Empty(report.Diagnostics.Where(d => d.Kind != ParseDiagnosticKind.LabelVariant).Select(d => d.Message));
        Assert.Equal(Table3.Rows.Count * 7, report.Table(StatTableId.Applications)!.Cells.Count);
        Assert.Equal(15, report.Table(StatTableId.ReviewsAndLitigation)!.Cells.Count);
    }

    [Fact]
    public void Hongsibu_table_four_shows_two_direct_lawsuits()
    {
        var table = Seeds.Parse("hongsibu-town-2024.txt").Table(StatTableId.ReviewsAndLitigation)!;

        Assert.Equal(1m, table.Value(Table4.LitigationDirect, Table4.Upheld));
        Assert.Equal(1m, table.Value(Table4.LitigationDirect, Table4.Pending));
        Assert.Equal(2m, table.Value(Table4.LitigationDirect, Table4.Total));
        Assert.Equal(0m, table.Value(Table4.Review, Table4.Total));
    }

    [Fact]
    public void Xutao_table_two_records_ten_penalties()
    {
        var table = Seeds.Parse("xutao-2024.txt").Table(StatTableId.Proactive)!;

        Assert.Equal(10m, table.Value(Table2.Penalty, Table2.Decisions));
    }

    [Fact]
    public void Xinzhuangji_table_three_reports_the_broken_rows_and_keeps_the_rest()
    {
        var report = Seeds.Parse("xinzhuangji-2025.txt");
        var shape = report.Diagnostics.Where(d => d.Kind == ParseDiagnosticKind.TableShape).ToList();
        var table = report.Table(StatTableId.Applications)!;

        Assert.Contains(shape, d => d.Found == "12个数值");
        Assert.Contains(shape, d => d.Location.Row == "（六）其他处理");
        Assert.False(table.HasRow(Table3.ResultTotal));
        Assert.True(table.HasRow(Table3.SubRow("withheld", 7)));
        Assert.True(table.HasRow(Table3.SubRow("not-processed", 5)));
        Assert.Equal(0m, table.Value(Table3.NewReceived, Table3.Total));
    }

    [Fact]
    public void Dazhai_table_three_reports_the_missing_total_column()
    {
        var report = Seeds.Parse("dazhai-2025.txt");

        Assert.Contains(report.Diagnostics, d => d.Kind == ParseDiagnosticKind.TableShape && d.Found == "6个数值");
        Assert.Equal(15, report.Table(StatTableId.ReviewsAndLitigation)!.Cells.Count);
    }
}
