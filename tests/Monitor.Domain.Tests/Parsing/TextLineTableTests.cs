using Monitor.Domain.Reports;

namespace Monitor.Domain.Tests.Parsing;

public class TextLineTableTests
{
    [Fact]
    public void Tables_printed_as_text_lines_are_recovered()
    {
        var report = Parse.Text("""
            二、主动公开政府信息情况
            规章 0 0 0
            行政规范性文件 2 1 5
            行政许可 3
            行政处罚 4
            行政强制 0
            行政事业性收费 0.5
            四、政府信息公开行政复议、行政诉讼情况
            0 0 0 0 0 1 0 0 0 1 0 0 0 0 0
            """);

        Assert.Equal((5m, 4m, 0.5m, 1m), (
            report.Table(StatTableId.Proactive)!.Value(Table2.NormativeDocuments, Table2.InForce),
            report.Table(StatTableId.Proactive)!.Value(Table2.Penalty, Table2.Decisions),
            report.Table(StatTableId.Proactive)!.Value(Table2.Fees, Table2.Amount),
            report.Table(StatTableId.ReviewsAndLitigation)!.Value(Table4.LitigationDirect, Table4.Total)));
        Assert.Equal(["表三"], report.Diagnostics.Select(d => d.Location.Table));
    }

    [Fact]
    public void Narrative_with_a_trailing_number_is_not_taken_for_a_table()
    {
        var report = Parse.Text("""
            三、收到和处理政府信息公开申请情况
            本年度收到申请 3
            """);

        Assert.Equal([("表二", ParseDiagnosticKind.TableMissing), ("表三", ParseDiagnosticKind.TableMissing), ("表四", ParseDiagnosticKind.TableMissing)],
            report.Diagnostics.Select(d => (d.Location.Table, d.Kind)));
    }
}
