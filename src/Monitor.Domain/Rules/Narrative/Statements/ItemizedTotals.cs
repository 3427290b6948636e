using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Narrative.Statements;

/// <summary>One listed item of an itemized total, with its unit and the share the text states for it, if any.</summary>
public sealed record ItemizedPart(decimal Count, StatedShare? Share, string Unit = "");

/// <summary>A stated percentage ("占比12.5%"), with the number of decimals written (rounding tolerance).</summary>
public sealed record StatedShare(decimal Percent, int Decimals, string Text);

/// <summary>
/// "共372条，其中政府文件2条、公示公告58条…": a total followed by the items it is made of. Only items counted in
/// the total's own unit are parts; the list ends at the sentence end, at a new total, or at a clause that
/// counts nothing, so prose after the list is never read as a part. 共 is not required before the total:
/// "主动公开各类信息694条，其中…" (a township report) has the same shape and the same meaning.
/// Approximate totals ("300余条") are never compared.
/// A list read past a "；" (its items may be another statement's) or joined across a sentence end
/// ("…117条。其中，…") carries a <see cref="Doubt"/>; a list in parentheses is an <see cref="Aside"/>, which
/// often names only some items.
/// </summary>
public sealed record ItemizedTotal(decimal Total, string Unit, IReadOnlyList<ItemizedPart> Parts, string Span)
{
    public decimal PartsSum => Parts.Sum(p => p.Count);

    /// <summary>The parts counted in the total's own unit (a "政策文件6件" in a list of 条 is left out).</summary>
    public decimal SameUnitSum => Parts.Where(p => p.Unit == Unit).Sum(p => p.Count);

    /// <summary>True when some part is counted in another document unit (条 and 件 in one list).</summary>
    public bool MixesUnits => Parts.Any(p => p.Unit != Unit);

    /// <summary>Why the list's extent is a guess (Chinese), or null when the list is unambiguous.</summary>
    public string? Doubt { get; init; }

    /// <summary>True for a list inside parentheses after its count: "6条（其中预决算2条、…）".</summary>
    public bool Aside { get; init; }
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
            var (parts, end, crossed) = ReadParts(flat, anchor.Index + anchor.Length, unit, Number(total));
            if (parts.Count == 0) continue;
            found.Add(new ItemizedTotal(Number(total), unit, parts, flat[(clauseStart + total.Index)..end])
            {
                Doubt = crossed ? "所列分项跨过分号，可能混入了下一句所述的其他事项。" : null,
            });
        }
        return found;
    }

    /// <summary>
    /// "…117条。其中，政策文件9件…": a sentence that opens with 其中 continues the count that closed the sentence
    /// before it. Read as one list, with a doubt, because the 。 may also have ended the statement.
    /// </summary>
    public static IReadOnlyList<ItemizedTotal> Continuing(string previousSentence, string sentence)
    {
        if (Anchor().Match(sentence) is not { Success: true, Index: 0 }) return [];
        if (LastCount().Match(previousSentence) is not { Success: true } total) return [];
        return [.. In($"{total.Value}，{sentence}")
            .Where(list => list.Span.StartsWith(total.Value, StringComparison.Ordinal))
            .Take(1)
            .Select(list => list with { Doubt = "总数与“其中”所列分项被句号隔开，分项是否构成该总数须人工核实。" })];
    }

    /// <summary>
    /// The parts after an anchor. A clause that counts nothing ends the list, unless it is the first half of an
    /// item name split by "、" ("安全生产、应急管理类信息161条"). Past a "；" the list goes on only while the parts
    /// fall short of the total and the next clause is not a statement of its own ("收到留言9条", "因…引起行政复议1件").
    /// </summary>
    private static (List<ItemizedPart> Parts, int End, bool CrossedSemicolon) ReadParts(string flat, int start, string unit, decimal total)
    {
        var parts = new List<ItemizedPart>();
        var position = start;
        var end = start;
        var crossed = false;
        var afterSemicolon = false;
        while (position < flat.Length)
        {
            var next = flat.IndexOfAny(ClauseBreaks, position);
            var clause = next < 0 ? flat[position..] : flat[position..next];
            var clauseEnd = next < 0 ? flat.Length : next;
            var separator = next < 0 ? '。' : flat[next];
            position = clauseEnd + 1;
            if (clause.Length == 0) continue;
            if (NewTotal().IsMatch(clause)) break;
            if (afterSemicolon && (parts.Sum(p => p.Count) >= total || NewStatement().IsMatch(clause))) break;
            var counts = Count().Matches(clause).Where(m => SameKind(m.Groups["u"].Value, unit)).ToList();
            var share = Share().Match(clause);
            if (counts.Count == 0)
            {
                if (separator == '、' && !share.Success) continue;
                if (!share.Success || parts.Count == 0) break;
                parts[^1] = parts[^1] with { Share = ShareOf(share) };
                end = clauseEnd;
                afterSemicolon = separator == '；';
                continue;
            }
            if (counts.Any(c => c.Groups["approx"].Success)) return ([], start, false);
            crossed |= afterSemicolon;
            foreach (var count in counts) parts.Add(new ItemizedPart(Number(count), null, count.Groups["u"].Value));
            if (share.Success) parts[^1] = parts[^1] with { Share = ShareOf(share) };
            end = clauseEnd;
            afterSemicolon = separator == '；';
        }
        return (parts, end, crossed);
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
                    nested.AddRange(In($"{before.Value}，{content}").Select(list => list with { Aside = true }));
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

    /// <summary>Units that count documents: a list of 条 may name some items in 件 or 篇 ("政策文件6件").</summary>
    private static readonly string[] DocumentUnits = ["条", "件", "篇", "份"];

    private static bool SameKind(string unit, string totalUnit) =>
        unit == totalUnit || (DocumentUnits.Contains(unit) && DocumentUnits.Contains(totalUnit));

    private static readonly SearchValues<char> AnchorInitials = SearchValues.Create("其包分");

    private static readonly char[] ClauseBreaks = ['，', '、', '；', '：', '。'];

    [GeneratedRegex("(?:^|[，：；])(?:其中|包括|分别为|分别是)：?")]
    private static partial Regex Anchor();

    /// <summary>A count in normalised text: "694条", "300余条"; not an ordinal ("第3期") nor the tail of a longer number.</summary>
    [GeneratedRegex("(?<![第0-9.])(?<approx>近|约|超过)?(?<n>[0-9]+(?:\\.[0-9]+)?)(?<wan>万)?(?<approx>余|多)?(?<u>人次|条|件|篇|期|次|个|项|起|场|份|宗|家|户|人|封|批|名|部)")]
    private static partial Regex Count();

    [GeneratedRegex("(?<n>[0-9]+)(?:人次|条|件|篇|期|次|个|项|起|场|份|宗|家|户|人|封|批|名|部)$")]
    private static partial Regex LastCount();

    /// <summary>
    /// A clause that begins a new count: 共 anywhere ("，共公开行政许可24件"), 合计/总计/累计 at its start. An item named
    /// "其他栏目以及热点专题信息合计139条" is still an item, and so is "公共文化服务…信息14条" (公共 is no 共).
    /// </summary>
    [GeneratedRegex("(?<!公)共|^(?:合计|总计|累计)|其中|包括|分别")]
    private static partial Regex NewTotal();

    /// <summary>A clause that starts a statement of its own rather than naming one more item.</summary>
    [GeneratedRegex("^(?:因|收到|受理|办结|发布|开展|组织|举办|召开|接待|回复|答复|办理|参加|另|此外|同时|全年|本年)")]
    private static partial Regex NewStatement();

    /// <summary>"占比12.5%", "所占比例为3%", "占总数的40%".</summary>
    [GeneratedRegex("(?:占比|所占比例|占[^，。；%0-9]{0,6}?的?比?例?)(?:为|达|约)?(?<p>[0-9]+(?:\\.[0-9]+)?)%")]
    public static partial Regex Share();
}
