namespace Monitor.Domain.Findings;

/// <summary>Whether a finding rests on an unambiguous reading of the report (rules.md, issue 12).</summary>
public enum Certainty
{
    /// <summary>The text and tables were parsed unambiguously.</summary>
    Certain = 0,
    /// <summary>The rule had to guess (combined categories, a list that may run on, unreadable cells): 需人工核实.</summary>
    Uncertain = 1,
}

public static class CertaintyNames
{
    /// <summary>Lower-case English name used in JSON and CSV.</summary>
    public static string Code(this Certainty certainty) => certainty == Certainty.Uncertain ? "uncertain" : "certain";

    /// <summary>Chinese label shown to officials.</summary>
    public static string Chinese(this Certainty certainty) => certainty == Certainty.Uncertain ? "需人工核实" : "确定";

    /// <summary>The level shown to officials: "警告", or "警告·需人工核实" when the rule had to guess.</summary>
    public static string Label(this Finding finding) =>
        finding.IsCertain ? finding.Severity.Chinese() : $"{finding.Severity.Chinese()}·{finding.Certainty.Chinese()}";
}
