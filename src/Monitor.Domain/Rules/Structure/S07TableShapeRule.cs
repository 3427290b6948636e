using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Structure;

/// <summary>
/// Wrong or unrecoverable table shapes (columns, rows, value counts) as the parser diagnosed them. A report on 2020 or
/// earlier written to the 2019 trial format (60号, which was then the right one; S06 names its markers) has tables of
/// that format's shape, which the current layout does not describe: their shape notes are information, not defects.
/// </summary>
public sealed class S07TableShapeRule : DiagnosticRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "S07", "统计表结构错误或无法识别", Severity.Error,
        "国办公开办函〔2021〕30号（表二、表三、表四的行列）", "structure", "tables");

    protected override ParseDiagnosticKind Kind => ParseDiagnosticKind.TableShape;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var report = context.Report;
        var olderFormat = OlderFormat.HasOlderTables(report);
        foreach (var finding in base.Check(context))
        {
            yield return olderFormat
                ? finding with
                {
                    Severity = Severity.Info,
                    Message = finding.Message + "（该报告按当时适用的2019年版格式填报，表格结构未按现行格式核对。）",
                }
                : finding;
        }
    }
}
