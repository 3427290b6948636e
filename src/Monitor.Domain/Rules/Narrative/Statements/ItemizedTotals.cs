using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Narrative.Statements;

/// <summary>One listed item of an itemized total, with the share the text states for it, if any.</summary>
public sealed record ItemizedPart(decimal Count, StatedShare? Share);

/// <summary>A stated percentage ("占比12.5%"), with the number of decimals written (rounding tolerance).</summary>
public sealed record StatedShare(decimal Percent, int Decimals, string Text);

/// <summary>
/// "共372条，其中政府文件2条、公示公告58条…": a total followed by the items it is made of. Only items counted in
/// the total's own unit are parts; the list ends at the sentence end, at a new total, or at a clause that
/// counts nothing, so prose after the list is never read as a part. 共 is not required before the total:
/// "主动公开各类信息694条，其中…" (a township report) has the same shape and the same meaning.
/// Approximate totals ("300余条") are never compared.
/// </summary>
public sealed record ItemizedTotal(decimal Total, string Unit, IReadOnlyList<ItemizedPart> Parts, string Span)
{
    public decimal PartsSum => Parts.Sum(p => p.Count);
}

public static partial class ItemizedTotals
{
    /// <summary>Every itemized total of a report's narrative, with the sentence it stands in.</summary>
    public static IEnumerable<(Sentence Sentence, ItemizedTotal List)> In(AnnualReport report) => NarrativeText.Of(report).ItemizedTotals;

    public static IReadOnlyList<ItemizedTotal> In(string sentence)
    {
        var found = new List<ItemizedTotal>();
        // Every anchor (其中, 包括, 分别为/是) needs one of these characters; most sentences have none.
        if (sentence.AsSpan().IndexOfAny(AnchorInitials) < 0) return found;
        var flat = Flatten(sentence, found);
        foreach (Match anchor in Anchor().Matches(flat))
        {
            if (anchor.Index == 0) continue;
            var clauseStart = flat.LastIndexOfAny(ClauseBreaks, Math.Max(anchor.Index - 1, 0)) + 1;
            var totalClause = flat[clauseStart..anchor.Index];
            var totals = Count().Matches(totalClause);
            if (totals.Count == 0) continue;
            var total = totals[^1];
            if (total.Groups["approx"].Success || totalClause[(total.Index + total.Length)..].Contains('%')) continue;
            var unit = total.Groups["u"].Value;
            var (parts, end) = ReadParts(flat, anchor.Index + anchor.Length, unit);
            if (parts.Count == 0) continue;
            found.Add(new ItemizedTotal(Number(total), unit, parts, flat[(clauseStart + total.Index)..end]));
        }
        return found;
    }

    private static (List<ItemizedPart> Parts, int End) ReadParts(string flat, int start, string unit)
    {
        var parts = new List<ItemizedPart>();
        var position = start;
        var end = start;
        while (position < flat.Length)
        {
            var next = flat.IndexOfAny(ClauseBreaks, position);
            var clause = next < 0 ? flat[position..] : flat[position..next];
            var clauseEnd = next < 0 ? flat.Length : next;
            position = clauseEnd + 1;
            if (clause.Length == 0) continue;
            if (NewTotal().IsMatch(clause)) break;
            var counts = Count().Matches(clause).Where(m => m.Groups["u"].Value == unit).ToList();
            var share = Share().Match(clause);
            if (counts.Count == 0)
            {
                if (!share.Success || parts.Count == 0) break;
                parts[^1] = parts[^1] with { Share = ShareOf(share) };
                end = clauseEnd;
                continue;
            }
            if (counts.Any(c => c.Groups["approx"].Success)) return ([], start);
            foreach (var count in counts) parts.Add(new ItemizedPart(Number(count), null));
            if (share.Success) parts[^1] = parts[^1] with { Share = ShareOf(share) };
            end = clauseEnd;
        }
        return (parts, end);
    }

    /// <summary>
    /// Removes parenthesised text from the sentence: a nested list "11条（其中…2条、…4条）" is its own itemized
    /// total of the count before it; a share "（占比5%）" becomes a clause of its own; other asides are dropped.
    /// </summary>
    private static string Flatten(string sentence, List<ItemizedTotal> nested)
    {
        if (sentence.IndexOf('（') < 0) return sentence;
        var flat = new StringBuilder(sentence.Length);
        var depth = 0;
        var inner = new StringBuilder();
        foreach (var c in sentence)
        {
            if (c == '（')
            {
                if (depth++ == 0) inner.Clear();
                else inner.Append(c);
                continue;
            }
            if (c == '）' && depth > 0)
            {
                if (--depth > 0)
                {
                    inner.Append(c);
                    continue;
                }
                var content = inner.ToString();
                if (Anchor().Match(content) is { Success: true, Index: 0 }
                    && LastCount().Match(flat.ToString()) is { Success: true } before)
                {
                    nested.AddRange(In($"{before.Value}，{content}"));
                }
                else if (Share().IsMatch(content))
                {
                    flat.Append('，').Append(content).Append('，');
                }
                continue;
            }
            (depth > 0 ? inner : flat).Append(c);
        }
        return flat.ToString();
    }

    private static decimal Number(Match count) =>
        decimal.Parse(count.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * (count.Groups["wan"].Success ? 10000 : 1);

    public static StatedShare ShareOf(Match share)
    {
        var text = share.Groups["p"].Value;
        var dot = text.IndexOf('.');
        return new StatedShare(decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), dot < 0 ? 0 : text.Length - dot - 1, share.Value);
    }

    private static readonly SearchValues<char> AnchorInitials = SearchValues.Create("其包分");

    private static readonly char[] ClauseBreaks = ['，', '、', '；', '：', '。'];

    [GeneratedRegex("(?:^|[，：；])(?:其中|包括|分别为|分别是)：?")]
    private static partial Regex Anchor();

    /// <summary>A count in normalised text: "694条", "300余条"; not an ordinal ("第3期") nor the tail of a longer number.</summary>
    [GeneratedRegex("(?<![第0-9.])(?<approx>近|约|超过)?(?<n>[0-9]+(?:\\.[0-9]+)?)(?<wan>万)?(?<approx>余|多)?(?<u>人次|条|件|篇|期|次|个|项|起|场|份|宗|家|户|人|封|批|名|部)")]
    private static partial Regex Count();

    [GeneratedRegex("(?<n>[0-9]+)(?:人次|条|件|篇|期|次|个|项|起|场|份|宗|家|户|人|封|批|名|部)$")]
    private static partial Regex LastCount();

    [GeneratedRegex("共|合计|总计|累计|其中|包括|分别")]
    private static partial Regex NewTotal();

    /// <summary>"占比12.5%", "所占比例为3%", "占总数的40%".</summary>
    [GeneratedRegex("(?:占比|所占比例|占[^，。；%0-9]{0,6}?的?比?例?)(?:为|达|约)?(?<p>[0-9]+(?:\\.[0-9]+)?)%")]
    public static partial Regex Share();
}
