namespace Monitor.Domain.Findings;

/// <summary>
/// One thing a rule found in a report: always data, never a bare string. Expected and found are
/// short Chinese values ("372", "六个部分"), the message a full Chinese sentence for the reader.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    Location Location,
    string? Expected,
    string? Found,
    string Message);

/// <summary>A rule that did not run because the context it needs was absent; the reason is Chinese.</summary>
public sealed record SkippedRule(string RuleId, string Reason);
