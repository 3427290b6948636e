using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Structure;

/// <summary>
/// 总体情况 must cover its five topics; the parser matches sub-parts by topic, not exact title.
/// When 总体情况 itself is missing, S01 reports it and this rule stays silent. Certainty: certain when the part
/// has sub-headings (a topic without one is missing); uncertain when the part is one undivided text, where a topic
/// counts as covered if its words appear and a missing one is a judgement from words alone.
/// </summary>
public sealed class S04MissingOverviewTopicRule : ReportRule
{
    /// <summary>Words that show a topic is written about in an undivided 总体情况.</summary>
    private static readonly Dictionary<OverviewTopic, string[]> TopicWords = new()
    {
        [OverviewTopic.Proactive] = ["主动公开"],
        [OverviewTopic.OnRequest] = ["依申请", "申请公开", "公开申请"],
        [OverviewTopic.InformationManagement] = ["信息管理", "审查", "审核", "清理", "归档", "规范性文件"],
        [OverviewTopic.Platform] = ["平台", "网站", "新媒体", "公开栏", "公众号", "专栏"],
        [OverviewTopic.Supervision] = ["监督", "考核", "培训", "保障", "问责", "评议"],
    };

    public override RuleDescriptor Descriptor { get; } = new(
        "S04", "总体情况缺少分项内容", Severity.Warning,
        "国办公开办函〔2021〕30号（总体情况：主动公开、依申请公开、政府信息管理、平台建设、监督保障）", "structure", "overview");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var report = context.Report;
        if (report.Part(PartNumber.Overview) is not { } overview) yield break;
        // The five topics are the 2021 format's; a report on 2020 or earlier followed the 2019 format's part one.
        if (OlderFormat.IsOnEarlierYear(report)) yield break;
        var undivided = report.OverviewSubParts.Count == 0;
        var text = undivided ? Parsing.ChineseText.Compact(overview.Text) : "";
        foreach (var topic in Enum.GetValues<OverviewTopic>().Where(t => report.SubPart(t) is null))
        {
            if (undivided && TopicWords[topic].Any(word => text.Contains(word, StringComparison.Ordinal))) continue;
            var finding = Found(Location.InPart(PartNumber.Overview.Label()), topic.Chinese(), "缺失",
                $"“一、总体情况”缺少“{topic.Chinese()}”方面的内容。");
            yield return undivided
                ? finding.Uncertain($"“一、总体情况”未分列小标题，按关键词未见“{topic.Chinese()}”方面的内容。")
                : finding;
        }
    }
}
