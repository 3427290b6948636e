using Monitor.Domain.Findings;
using Monitor.Domain.Rules.Narrative.Statements;
using Monitor.Domain.Rules.Tables;

namespace Monitor.Domain.Rules.Narrative;

/// <summary>
/// A stated share ("占比X%") that does not match its counts, or shares of one whole adding up to more than 100%.
/// Certainty: as certain as the itemized list it reads (uncertain when the list's extent is a guess, see
/// <see cref="Statements.ItemizedTotal.Doubt"/>); shares are compared with the tolerance their decimals allow.
/// </summary>
public sealed class N08StatedShareRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "N08", "正文所述占比与数量不符或合计超过100%", Severity.Warning,
        "《中华人民共和国政府信息公开条例》第五十条",
        "narrative", "arithmetic")
    {
        CertaintyNote = "与所依据的分项清单相同：清单范围需推断时为需人工核实；比例按所写小数位数允许舍入误差。",
    };

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        foreach (var (sentence, list) in ItemizedTotals.In(context.Report))
        {
            if (list.Total <= 0) continue;
            var shares = list.Parts.Where(p => p.Share is not null).ToList();
            foreach (var part in shares)
            {
                var share = part.Share!;
                var actual = part.Count * 100m / list.Total;
                // A share written with d decimals may be rounded or truncated: allow one unit of its last place.
                if (Math.Abs(actual - share.Percent) < Step(share.Decimals)) continue;
                yield return AsCertainAs(list, Found(Location.InPart(sentence.PartLabel, list.Span), $"{TableSums.Show(Math.Round(actual, 2))}%", $"{TableSums.Show(share.Percent)}%",
                    $"{TableSums.Show(part.Count)}{list.Unit}占共{TableSums.Show(list.Total)}{list.Unit}的{TableSums.Show(Math.Round(actual, 2))}%，正文写作“{share.Text}”。"));
            }
            var stated = shares.Sum(p => p.Share!.Percent);
            var slack = shares.Sum(p => Step(p.Share!.Decimals) / 2);
            if (shares.Count >= 2 && stated > 100m + slack)
            {
                yield return AsCertainAs(list, Found(Location.InPart(sentence.PartLabel, list.Span), "不超过100%", $"{TableSums.Show(stated)}%",
                    $"共{TableSums.Show(list.Total)}{list.Unit}中各项所占比例合计为{TableSums.Show(stated)}%，超过100%。"));
            }
        }
    }

    private static decimal Step(int decimals) => decimals switch { 0 => 1m, 1 => 0.1m, 2 => 0.01m, _ => 0.001m };

    private static Finding AsCertainAs(ItemizedTotal list, Finding finding) => list.Doubt is { } doubt ? finding.Uncertain(doubt) : finding;
}
