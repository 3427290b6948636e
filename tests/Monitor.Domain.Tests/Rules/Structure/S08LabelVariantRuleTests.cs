using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Structure;

namespace Monitor.Domain.Tests.Rules.Structure;

public class S08LabelVariantRuleTests
{
    [Fact]
    public void Fires_for_each_label_variant()
    {
        var report = new AnnualReport { Diagnostics = [new(ParseDiagnosticKind.LabelVariant, new(Table: "表三", Column: "社会组织"), "社会公益组织", "社会组织", "列名写法不同。")] };

        Assert.Equal([("S08", "表三/社会组织")], RuleRun.On<S08LabelVariantRule>(report));
    }

    [Fact]
    public void Silent_without_label_variants()
    {
        var report = new AnnualReport { Diagnostics = [new(ParseDiagnosticKind.TableMissing, new(Table: "表四"), "表四", "未找到", "未找到表四。")] };

        Assert.Empty(RuleRun.On<S08LabelVariantRule>(report));
    }
}
