using System.Text.RegularExpressions;
using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Narrative.Statements;

namespace Monitor.Domain.Rules.Narrative;

/// <summary>
/// The 主动公开 sub-part of 总体情况 must count something (how many items, on which channels). A count given
/// elsewhere in 总体情况 in a sentence about 主动公开 ("…我镇信息主动公开292条。" before "第一，主动公开") counts.
/// Certainty: certain; it runs only on a sub-part the parser found by its heading and reports the absence of any count.
/// </summary>
public sealed partial class N06ProactiveFiguresRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "N06", "总体情况“主动公开”未给出任何数据", Severity.Warning,
        "《中华人民共和国政府信息公开条例》第五十条第（一）项；国办公开办函〔2021〕30号 第一部分",
        "narrative", "required-statement")
    {
        CertaintyNote = "确定：只在按小标题找到的“主动公开”分项及总体情况中关于主动公开的句子都没有任何数量时报告。",
    };

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        // Without the sub-part there is nothing to judge: S04 reports the missing sub-part.
        if (context.Report.SubPart(OverviewTopic.Proactive) is not { } subPart) yield break;
        var text = NarrativeText.Normalize(subPart.Text);
        if (Figure().IsMatch(text)) yield break;
        if (NarrativeText.Of(context.Report).In(PartNumber.Overview).Any(s => s.Text.Contains("主动公开") && Figure().IsMatch(s.Text))) yield break;
        yield return Found(Location.InPart(PartNumber.Overview.Label(), $"{subPart.Heading}"), "主动公开信息的数量", "无任何数据",
            "总体情况“主动公开”部分只有工作描述，没有说明主动公开信息的数量等任何数据。");
    }

    /// <summary>A counted quantity; a bare year ("2025年") is not a figure.</summary>
    [GeneratedRegex("[0-9]+(?:\\.[0-9]+)?(?:万|余|多)?(?:人次|条|件|篇|期|次|个|项|起|场|份|宗|家|户|人|封|批|名|部|%|元|栏目|类)|[一二两三四五六七八九十百千]+(?:余|多)?(?:条|篇|期)")]
    private static partial Regex Figure();
}
