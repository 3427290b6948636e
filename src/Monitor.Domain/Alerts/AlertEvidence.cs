using System.Security.Cryptography;
using System.Text;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Alerts;

/// <summary>
/// The stable identity of what a finding says: a hash of its location, expected and found values.
/// The wording of the message is left out so that rephrasing a rule does not re-alert everyone.
/// </summary>
public static class AlertEvidence
{
    /// <summary>
    /// F01 (missing) and F05 (unreachable) describe an ongoing state whose found value grows every day
    /// (days overdue, consecutive failures); the event itself is the evidence, so found is left out.
    /// </summary>
    private static readonly HashSet<string> OngoingStateRules = ["F01", "F05", "F06"];

    /// <summary>Filing events that always alert, whatever severity the catalog gives them.</summary>
    public static readonly IReadOnlySet<string> FilingEventRules = new HashSet<string> { "F01", "F02", "F05", "F06" };

    /// <summary>16 hex digits (64 bits) of SHA-256; collisions within one unit-year are not a practical concern.</summary>
    public static string Of(Finding finding)
    {
        var location = finding.Location;
        var found = OngoingStateRules.Contains(finding.RuleId) ? "" : finding.Found;
        var text = string.Join('\u001f', location.Part, location.Table, location.Row, location.Column,
            location.TextSpan, finding.Expected, found);
        return Hash(text)[..16];
    }

    /// <summary>
    /// True for findings the office is alerted about at once: certain errors and the filing events F01/F02/F05/F06.
    /// An uncertain error (需人工核实) waits for a reviewer in the summary instead of costing a phone call.
    /// </summary>
    public static bool IsAlertable(Finding finding) =>
        (finding.Severity == Severity.Error && finding.IsCertain) || FilingEventRules.Contains(finding.RuleId);

    internal static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
