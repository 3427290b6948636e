using Monitor.Domain.Findings;
using Monitor.Domain.Rules.Narrative.Statements;
using Monitor.Domain.Rules.Tables;

namespace Monitor.Domain.Rules.Narrative;

/// <summary>
/// "共N条，其中a…、b…、c…" whose listed parts do not add up to N (or a single part exceeds N). A list in
/// parentheses often names only some items, so it is compared only when its parts exceed its count. Certainty:
/// uncertain when the list's extent is a guess (read past a "；" or across a sentence end, see
/// <see cref="ItemizedTotal.Doubt"/>) or its parts mix 条 and 件; certain otherwise.
/// </summary>
public sealed class N04ItemizedSumRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "N04", "正文“共N条，其中…”所列分项之和与总数不符", Severity.Warning,
        "《中华人民共和国政府信息公开条例》第五十条第（一）项；国办公开办函〔2021〕30号",
        "narrative", "arithmetic")
    {
        CertaintyNote = "确定：总数与分项在同一句、同一计量单位内；分项跨过分号、与总数被句号隔开或“条”“件”混用时为需人工核实；括号内的分项只在超过总数时报告。",
    };

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        foreach (var (sentence, list) in ItemizedTotals.In(context.Report))
        {
            var sum = list.PartsSum;
            var wrong = list.Parts.Count >= 2 && !list.Aside
                ? sum != list.Total && (!list.MixesUnits || list.SameUnitSum != list.Total)
                : sum > list.Total;
            if (!wrong) continue;
            var total = $"{TableSums.Show(list.Total)}{list.Unit}";
            var parts = $"{TableSums.Show(sum)}{list.Unit}（{string.Join("+", list.Parts.Select(p => TableSums.Show(p.Count) + (p.Unit == list.Unit ? "" : p.Unit)))}）";
            var finding = Found(Location.InPart(sentence.PartLabel, list.Span), total, parts,
                $"正文称共{total}，但其后所列各项之和为{parts}，与总数不符（如所列不全，读者也无法判断）。");
            var doubt = list.Doubt ?? (list.MixesUnits ? "所列分项计量单位不一（如“条”与“件”），是否同属该总数须人工核实。" : null);
            yield return doubt is null ? finding : finding.Uncertain(doubt);
        }
    }
}
