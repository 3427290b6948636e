using System.Text;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Tests.Corpus;

/// <summary>One warning/error rule raised (or expected) on one corpus report, judged against the expectation.</summary>
public sealed record CorpusVerdict(string Slug, string RuleId, Severity? Raised, bool Expected)
{
    public bool TruePositive => Raised is not null && Expected;
    public bool FalsePositive => Raised is not null && !Expected;
    public bool Missed => Raised is null && Expected;
}

/// <summary>Precision and recall per rule over the corpus, counted per (report, rule).</summary>
public sealed class CorpusScore(IReadOnlyList<CorpusVerdict> verdicts)
{
    public IReadOnlyList<CorpusVerdict> Verdicts { get; } = verdicts;

    public int TruePositives => Verdicts.Count(v => v.TruePositive);
    public int FalsePositives => Verdicts.Count(v => v.FalsePositive);
    public int Missed => Verdicts.Count(v => v.Missed);

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + Missed == 0 ? 1 : (double)TruePositives / (TruePositives + Missed);

    public IEnumerable<CorpusVerdict> FalseErrors => Verdicts.Where(v => v.FalsePositive && v.Raised == Severity.Error);

    public string Table()
    {
        var text = new StringBuilder("rule  raised-right  raised-wrong  missed  precision  recall\n");
        foreach (var rule in Verdicts.GroupBy(v => v.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var score = new CorpusScore([.. rule]);
            text.AppendLine($"{rule.Key,-5} {score.TruePositives,12}  {score.FalsePositives,12}  {score.Missed,6}  {score.Precision,9:P0}  {score.Recall,6:P0}");
        }
        text.AppendLine($"all   {TruePositives,12}  {FalsePositives,12}  {Missed,6}  {Precision,9:P1}  {Recall,6:P1}");
        foreach (var wrong in Verdicts.Where(v => v.FalsePositive || v.Missed).OrderBy(v => v.RuleId, StringComparer.Ordinal).ThenBy(v => v.Slug, StringComparer.Ordinal))
        {
            text.AppendLine($"  {(wrong.Missed ? "missed" : "wrong " + wrong.Raised!.Value.Code()),-14} {wrong.RuleId} {wrong.Slug}");
        }
        return text.ToString();
    }
}
