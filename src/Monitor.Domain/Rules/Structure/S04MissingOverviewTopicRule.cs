using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Structure;

/// <summary>
/// 总体情况 must cover its five topics; the parser matches sub-parts by topic, not exact title.
/// When 总体情况 itself is missing, S01 reports it and this rule stays silent.
/// </summary>
public sealed class S04MissingOverviewTopicRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "S04", "总体情况缺少分项内容", Severity.Warning,
        "国办公开办函〔2021〕30号（总体情况：主动公开、依申请公开、政府信息管理、平台建设、监督保障）", "structure", "overview");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var report = context.Report;
        if (report.Part(PartNumber.Overview) is null) yield break;
        foreach (var topic in Enum.GetValues<OverviewTopic>().Where(t => report.SubPart(t) is null))
        {
            yield return Found(Location.InPart(PartNumber.Overview.Label()), topic.Chinese(), "缺失",
                $"“一、总体情况”缺少“{topic.Chinese()}”方面的内容。");
        }
    }
}
