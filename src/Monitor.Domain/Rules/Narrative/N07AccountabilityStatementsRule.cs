using System.Text.RegularExpressions;
using Monitor.Domain.Findings;
using Monitor.Domain.Rules.Narrative.Statements;

namespace Monitor.Domain.Rules.Narrative;

/// <summary>
/// A 人民政府 report must cover 工作考核、社会评议和责任追究 (条例 art. 50(四)); street offices and departments
/// are not 人民政府 and are exempt. Certainty: certain; it reports topics whose words are absent from part 四.
/// </summary>
public sealed partial class N07AccountabilityStatementsRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "N07", "人民政府报告未说明工作考核、社会评议、责任追究情况", Severity.Warning,
        "《中华人民共和国政府信息公开条例》第五十条第（四）项",
        "narrative", "required-statement", "context:unit-type")
    {
        CertaintyNote = "确定：只对人民政府的报告，报告第四部分缺少的事项。",
    };

    protected override string? MissingContext(ReportContext context) =>
        context.EffectiveUnitType is null ? "无法确定发布单位类型，不能判断是否为须报告工作考核、社会评议和责任追究情况的人民政府。" : null;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.EffectiveUnitType is not { } unitType || !unitType.IsPeoplesGovernment()) yield break;
        var sentences = NarrativeText.Of(context.Report).Sentences;
        if (sentences.Count == 0) yield break;
        var missing = new List<string>(3);
        if (!sentences.Any(s => Assessment().IsMatch(s.Text))) missing.Add("工作考核");
        if (!sentences.Any(s => Appraisal().IsMatch(s.Text))) missing.Add("社会评议");
        if (!sentences.Any(s => Accountability().IsMatch(s.Text))) missing.Add("责任追究");
        if (missing.Count == 0) yield break;
        var list = string.Join("、", missing);
        yield return Found(Location.Document, "工作考核、社会评议、责任追究", $"未提及{list}",
            $"{(unitType == UnitType.Township ? "乡镇" : "县级")}人民政府的年度报告应当报告工作考核、社会评议和责任追究结果情况，本报告未提及{list}。");
    }

    [GeneratedRegex("考核")]
    private static partial Regex Assessment();

    [GeneratedRegex("评议")]
    private static partial Regex Appraisal();

    [GeneratedRegex("责任追究|追责|问责|追究[^，。；]{0,12}?责任")]
    private static partial Regex Accountability();
}
