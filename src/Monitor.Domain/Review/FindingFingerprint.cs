using System.Security.Cryptography;
using System.Text;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Review;

/// <summary>
/// A finding's identity across re-validations and new versions of a report: unit, year, rule, where it points and
/// what it quotes or found. The same problem in a republished report keeps its fingerprint (and so its review); a
/// corrected value or a rewritten sentence gives a new one, and the old finding counts as fixed. Whitespace is ignored,
/// because PDF and HTML extraction of the same text differ in spaces and line breaks. Message wording is not part of
/// it: rewording a rule's message must not reopen every review.
/// </summary>
public static class FindingFingerprint
{
    public static string Of(string unitId, int year, Finding finding)
    {
        var location = finding.Location;
        var key = string.Join('\u001f', unitId, year.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.RuleId,
            Compact(location.Part), Compact(location.Table), Compact(location.Row), Compact(location.Column), Compact(location.TextSpan), Compact(finding.Found));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20].ToLowerInvariant();
    }

    private static string Compact(string? text) =>
        text is null ? "" : string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
