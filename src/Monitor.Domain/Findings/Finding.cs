namespace Monitor.Domain.Findings;

/// <summary>
/// One thing a rule found in a report: always data, never a bare string. Expected and found are
/// short Chinese values ("372", "六个部分"), the message a full Chinese sentence for the reader.
/// <see cref="Certainty"/> says whether the rule read the report unambiguously; an uncertain finding carries
/// the reason in <see cref="Doubt"/>, is shown as 需人工核实 and never alerted as an error.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    Location Location,
    string? Expected,
    string? Found,
    string Message,
    Certainty Certainty = Certainty.Certain,
    string? Doubt = null)
{
    public bool IsCertain => Certainty == Certainty.Certain;

    /// <summary>The same finding marked uncertain, with the Chinese reason a reviewer needs to check it.</summary>
    public Finding Uncertain(string doubt) => this with { Certainty = Certainty.Uncertain, Doubt = doubt };
}

/// <summary>A rule that did not run because the context it needs was absent; the reason is Chinese.</summary>
public sealed record SkippedRule(string RuleId, string Reason);
