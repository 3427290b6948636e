using System.Runtime.CompilerServices;
using System.Text;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Narrative.Statements;

/// <summary>One sentence of narrative, normalised for matching, with the part it came from (null when the report has no parts).</summary>
public readonly record struct Sentence(PartNumber? Part, string Text)
{
    public string PartLabel => Part is { } part ? part.Label() : "全文";
}

/// <summary>
/// A report's narrative prepared once for all statement matchers: whitespace removed (PDF text breaks lines
/// and pages mid-sentence and puts spaces around numbers, "694 条"), full-width digits and half-width
/// punctuation unified, markdown emphasis dropped, and split into sentences at 。！？.
/// </summary>
public sealed class NarrativeText
{
    private static readonly ConditionalWeakTable<AnnualReport, NarrativeText> Cache = new();

    private NarrativeText(IReadOnlyList<Sentence> sentences) => Sentences = sentences;

    public IReadOnlyList<Sentence> Sentences { get; }

    public IEnumerable<Sentence> In(PartNumber part) => Sentences.Where(s => s.Part == part);

    private IReadOnlyList<(Sentence Sentence, ItemizedTotal List)>? itemized;

    /// <summary>Every itemized total of the narrative, computed once for the rules that read them (N04, N08).</summary>
    public IReadOnlyList<(Sentence Sentence, ItemizedTotal List)> ItemizedTotals =>
        itemized ??= [.. Sentences.SelectMany((s, i) => Statements.ItemizedTotals.In(s.Text)
            .Concat(i > 0 && Sentences[i - 1].Part == s.Part ? Statements.ItemizedTotals.Continuing(Sentences[i - 1].Text, s.Text) : [])
            .Select(list => (s, list)))];

    public static NarrativeText Of(AnnualReport report) => Cache.GetValue(report, Build);

    private static NarrativeText Build(AnnualReport report)
    {
        var sentences = new List<Sentence>();
        if (report.Parts.Count > 0)
        {
            foreach (var part in report.Parts) Split(part.Number, part.Text, sentences);
        }
        else
        {
            Split(null, report.FullText, sentences);
        }
        return new NarrativeText(sentences);
    }

    private static void Split(PartNumber? part, string text, List<Sentence> into)
    {
        foreach (var sentence in Normalize(text).Split(['。', '！', '？'], StringSplitOptions.RemoveEmptyEntries))
        {
            into.Add(new Sentence(part, sentence));
        }
    }

    /// <summary>The matching form of a text: see the class summary.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '*' or '#') continue;
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                ',' => '，',
                ';' => '；',
                ':' => '：',
                '(' => '（',
                ')' => '）',
                '％' => '%',
                '．' => '.',
                _ => c,
            });
        }
        return builder.ToString();
    }
}
