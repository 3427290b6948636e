using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Structure;

namespace Monitor.Domain.Tests.Rules.Structure;

public class S05MissingTableRuleTests
{
    [Fact]
    public void Fires_once_per_missing_table()
    {
        var found = RuleRun.OnText<S05MissingTableRule>("""
            二、主动公开政府信息情况
            信息内容|本年制发件数|本年废止件数|现行有效件数
            规章|0|0|0
            三、收到和处理政府信息公开申请情况
            本年未收到申请。
            """.Replace('|', '\t'));

        Assert.Equal([("S05", "第三部分/表三"), ("S05", "第四部分/表四")], found);
    }

    [Fact]
    public void An_unreadable_report_gives_one_finding_per_table_with_the_reason()
    {
        var evaluation = new S05MissingTableRule().Evaluate(new(new AnnualReport { UnreadableReason = "扫描件，无法读取文字。" }));

        Assert.Equal(["表二", "表三", "表四"], evaluation.Findings.Select(f => f.Location.Table));
        Assert.All(evaluation.Findings, f => Assert.Contains("扫描件", f.Message));
    }

    [Fact]
    public void Silent_when_no_table_is_missing()
    {
        var report = new AnnualReport { Diagnostics = [new(ParseDiagnosticKind.TableShape, new(Table: "表三"), "7列", "6列", "表三少一列。")] };

        Assert.Empty(RuleRun.On<S05MissingTableRule>(report));
    }
}
