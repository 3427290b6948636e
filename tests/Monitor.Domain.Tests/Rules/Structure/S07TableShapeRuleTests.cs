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
}
