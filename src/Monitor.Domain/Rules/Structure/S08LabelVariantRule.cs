using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Structure;

/// <summary>Headers or row labels worded differently from the format, as the parser diagnosed them.</summary>
public sealed class S08LabelVariantRule : DiagnosticRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "S08", "表头或行名称与格式不一致", Severity.Info,
        "国办公开办函〔2021〕30号（统计表表头和行名称）", "structure", "tables", "labels");

    protected override ParseDiagnosticKind Kind => ParseDiagnosticKind.LabelVariant;
}
