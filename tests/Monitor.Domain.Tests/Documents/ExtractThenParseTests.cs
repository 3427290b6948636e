using Monitor.Domain.Documents;
using Monitor.Domain.Parsing;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Tests.Documents;

/// <summary>End to end over the fixtures: every format of a report parses into the same report.</summary>
public class ExtractThenParseTests
{
    [Theory]
    [InlineData("reports/baiyang-2025.html")]
    [InlineData("reports/baiyang-2025.docx")]
    [InlineData("reports/baiyang-2025.pdf")]
    [InlineData("derived/baiyang-2025-portal-gbk.html")]
    public void The_baiyang_report_parses_completely_from_every_format(string fixture)
    {
        var report = ReportParser.Parse(DocumentFixtures.Read(fixture));

        Assert.Equal(("青石县白杨镇", 2025), (report.Issuer, report.TitleYear));
        Assert.Equal(6, report.Parts.Count);
        // The fixture writes 社会组织 as many real reports do; that label variant is the only remark.
        Assert.Equal([ParseDiagnosticKind.LabelVariant], report.Diagnostics.Select(d => d.Kind));
        Assert.Equal(12m, report.Table(StatTableId.Proactive)!.Value(Table2.Licensing, Table2.Decisions));
        Assert.Equal(0.35m, report.Table(StatTableId.Proactive)!.Value(Table2.Fees, Table2.Amount));
        Assert.Equal(4m, report.Table(StatTableId.Applications)!.Value(Table3.NewReceived, Table3.Total));
        Assert.Equal(1m, report.Table(StatTableId.Applications)!.Value(Table3.CarryForward, Table3.NaturalPerson));
        Assert.Equal(1m, report.Table(StatTableId.ReviewsAndLitigation)!.Value(Table4.Review, Table4.Upheld));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    public void Every_format_parses_into_the_same_report_as_html(string extension)
    {
        foreach (var name in new[] { "baiyang-2025", "lanxi-2024" })
        {
            var html = ReportParser.Parse(DocumentFixtures.Read($"reports/{name}.html"));

            var other = ReportParser.Parse(DocumentFixtures.Read($"reports/{name}.{extension}"));

            Assert.Equal(Summary(html), Summary(other));
        }
    }

    private static List<string> Summary(AnnualReport report) =>
    [
        $"{report.Title}|{report.Issuer}|{report.TitleYear}|{report.Period}",
        .. report.Parts.Select(p => $"{p.Number}:{p.Text}"),
        .. report.Tables.Values.SelectMany(t => t.Cells.OrderBy(c => c.Key.Row).ThenBy(c => c.Key.Column).Select(c => $"{t.Id}/{c.Key.Row}/{c.Key.Column}={c.Value.Raw}")),
        .. report.Diagnostics.Select(d => $"{d.Kind}"),
    ];
}
