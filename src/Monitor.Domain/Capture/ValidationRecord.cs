using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Monitor.Domain.Findings;
using Monitor.Domain.Rules;

namespace Monitor.Domain.Capture;

/// <summary>
/// One validation run over one capture, stored as data and appended (re-validation never overwrites).
/// </summary>
/// <remarks>ValidatedAt: When the run happened (UTC instant); results of a capture sort by it.<br/>
/// UnitType: The unit type code used (<see cref="UnitTypes.Code"/>), when known.</remarks>
public sealed record ValidationRecord(
    string CaptureName,
    DateTimeOffset ValidatedAt,
    string? Issuer,
    int? ReportYear,
    string? UnitType,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<SkippedRule> Skipped)
{
    public static ValidationRecord From(string captureName, DateTimeOffset validatedAt, ReportContext context, ValidationResult result) =>
        new(captureName, validatedAt, context.Report.Issuer, context.Report.ReportYear ?? context.EffectiveExpectedYear,
            context.EffectiveUnitType?.Code(), result.Findings, result.Skipped);

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>
    /// A stable digest of the findings (rule, severity, location, expected, found), independent of order and
    /// of message wording, so "the findings changed" can be decided without comparing whole documents.
    /// </summary>
    public string FindingsHash()
    {
        var lines = Findings
            .Select(f => string.Join('\u001f', f.RuleId, f.Severity.Code(), f.Location.Describe(), f.Expected ?? "", f.Found ?? ""))
            .Order(StringComparer.Ordinal);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', lines)));
        return Convert.ToHexString(bytes).ToLower(CultureInfo.InvariantCulture);
    }
}

/// <summary>Validation results appended per capture (<c>results/{capture name}/{utc}.json</c>).</summary>
public interface IResultStore
{
    /// <summary>Appends a result; returns its storage name. Never replaces an earlier result.</summary>
    Task<string> AppendAsync(ValidationRecord record, CancellationToken cancellationToken = default);

    /// <summary>The most recent result of a capture (by <see cref="ValidationRecord.ValidatedAt"/>), or null.</summary>
    Task<ValidationRecord?> GetLatestAsync(string captureName, CancellationToken cancellationToken = default);

    /// <summary>Every result of a capture, oldest first.</summary>
    Task<IReadOnlyList<ValidationRecord>> ListAsync(string captureName, CancellationToken cancellationToken = default);
}
