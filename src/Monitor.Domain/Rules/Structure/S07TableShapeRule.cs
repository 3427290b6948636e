using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Structure;

/// <summary>Wrong or unrecoverable table shapes (columns, rows, value counts) as the parser diagnosed them.</summary>
public sealed class S07TableShapeRule : DiagnosticRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "S07", "统计表结构错误或无法识别", Severity.Error,
        "国办公开办函〔2021〕30号（表二、表三、表四的行列）", "structure", "tables");

    protected override ParseDiagnosticKind Kind => ParseDiagnosticKind.TableShape;
}
