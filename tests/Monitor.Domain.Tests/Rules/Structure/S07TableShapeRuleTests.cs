using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Structure;

namespace Monitor.Domain.Tests.Rules.Structure;

public class S07TableShapeRuleTests
{
    [Fact]
    public void Fires_for_a_row_with_more_values_than_columns()
    {
        var evaluation = new S07TableShapeRule().Evaluate(new(Parsing.Parse.Text("""
            二、主动公开政府信息情况
            规章|0|0|0|0
            行政规范性文件|1|0|3
            """.Replace('|', '\t'))));

        Assert.Contains(("S07", "第二部分/表二/规章", "4个数值"), evaluation.Findings.Select(f => (f.RuleId, f.Location.Describe(), f.Found)));
    }

    [Fact]
    public void Silent_on_label_variants_alone()
    {
        var report = new AnnualReport { Diagnostics = [new(ParseDiagnosticKind.LabelVariant, new(Table: "表二"), "本年制发件数", "本年制发件", "表头写法不同。")] };

        Assert.Empty(RuleRun.On<S07TableShapeRule>(report));
    }

    [Fact]
    public void Shape_notes_on_a_2019_format_report_on_an_earlier_year_are_information()
    {
        var report = new AnnualReport
        {
            TitleYear = 2020,
            Diagnostics =
            [
                new ParseDiagnostic(ParseDiagnosticKind.OldFormatMarker, Findings.Location.Document, null, "本年新制作数量", "旧格式"),
                new ParseDiagnostic(ParseDiagnosticKind.TableShape, Findings.Location.InTable("表二", "行政许可"), "1个数值", "3个数值", "表二中行政许可有3个数值"),
            ],
        };

        var finding = Assert.Single(new S07TableShapeRule().Evaluate(new(report)).Findings);
        Assert.Equal(Findings.Severity.Info, finding.Severity);
        Assert.Equal(Findings.Severity.Error, Assert.Single(new S07TableShapeRule().Evaluate(new(report with { TitleYear = 2021 })).Findings).Severity);
    }
}
