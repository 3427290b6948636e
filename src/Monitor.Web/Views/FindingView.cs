using Monitor.Domain.Findings;

namespace Monitor.Web.Views;

/// <summary>Where a finding points, as in `check --json`: part, table, row, column, quoted text, and one display line.</summary>
public sealed record LocationView(string? Part, string? Table, string? Row, string? Column, string? Text, string Display);

/// <summary>A finding in the HTTP replies: the same fields and names as `check --json`.</summary>
public sealed record FindingView(string Rule, string Severity, string Certainty, string? Doubt, LocationView Location, string? Expected, string? Found, string Message)
{
    public static FindingView Of(Finding finding) => new(
        finding.RuleId,
        finding.Severity.Code(),
        finding.Certainty.Code(),
        finding.Doubt,
        new LocationView(finding.Location.Part, finding.Location.Table, finding.Location.Row, finding.Location.Column,
            finding.Location.TextSpan, finding.Location.Describe()),
        finding.Expected,
        finding.Found,
        finding.Message);
}

public sealed record SkippedView(string Rule, string Reason);
