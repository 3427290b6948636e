using Monitor.Domain.Findings;
using Monitor.Domain.Rules.Narrative.Statements;

namespace Monitor.Domain.Rules.Narrative;

/// <summary>"共N条，其中a…、b…、c…" whose listed parts do not add up to N (or a single part exceeds N).</summary>
public sealed class N04ItemizedSumRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "N04", "正文“共N条，其中…”所列分项之和与总数不符", Severity.Warning,
        "《中华人民共和国政府信息公开条例》第五十条第（一）项；国办公开办函〔2021〕30号",
        "narrative", "arithmetic");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        foreach (var (sentence, list) in ItemizedTotals.In(context.Report))
        {
            var sum = list.PartsSum;
            var wrong = list.Parts.Count >= 2 ? sum != list.Total : sum > list.Total;
            if (!wrong) continue;
            var total = $"{list.Total:0.##}{list.Unit}";
            var parts = $"{sum:0.##}{list.Unit}（{string.Join("+", list.Parts.Select(p => p.Count.ToString("0.##")))}）";
            yield return Found(Location.InPart(sentence.PartLabel, list.Span), total, parts,
                $"正文称共{total}，但其后所列各项之和为{parts}，与总数不符（如所列不全，读者也无法判断）。");
        }
    }
}
