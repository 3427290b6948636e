using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Structure;

/// <summary>
/// One finding per missing table 二/三/四, from the parser's diagnostics. An unreadable document gives one
/// finding per table saying why (image or attachment only), and is the only structure rule that fires for it.
/// </summary>
public sealed class S05MissingTableRule : DiagnosticRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "S05", "缺少统计表", Severity.Error,
        "国办公开办函〔2021〕30号（表二、表三、表四）", "structure", "tables");

    protected override ParseDiagnosticKind Kind => ParseDiagnosticKind.TableMissing;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.Report.UnreadableReason is not { } reason) return base.Check(context);
        return Enum.GetValues<StatTableId>().Select(id => Found(
            new Location(Part: id.Part().Label(), Table: id.Chinese()), id.Chinese(), "无法读取",
            $"报告无法读取（{reason}），{id.Chinese()}无法核对；报告可能仅为图片或附件，请以可复制文字形式公开。"));
    }
}
