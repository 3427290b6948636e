using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Structure;

/// <summary>
/// One finding per missing part. An unreadable document (scan, attachment only) yields nothing here:
/// its parts were not read, not found missing, and S05 already says why it could not be read.
/// </summary>
public sealed class S01MissingPartRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "S01", "缺少报告组成部分", Severity.Error,
        "条例第五十条；国办公开办函〔2021〕30号（年度报告六部分）", "structure", "parts");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var report = context.Report;
        if (report.UnreadableReason is not null) yield break;
        foreach (var part in Enum.GetValues<PartNumber>().Where(p => report.Part(p) is null))
        {
            yield return Found(Location.InPart(part.Label()), part.Chinese(), "缺失",
                $"报告缺少“{part.Chinese()}”部分。");
        }
    }
}
