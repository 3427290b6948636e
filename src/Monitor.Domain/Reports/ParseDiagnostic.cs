using Monitor.Domain.Findings;

namespace Monitor.Domain.Reports;

/// <summary>What kind of problem the parser met while reading a report's structure.</summary>
public enum ParseDiagnosticKind
{
    /// <summary>A table of the format is absent (S05); the message says if the report is an image or attachment only.</summary>
    TableMissing,
    /// <summary>A table's shape is wrong or unrecoverable: columns, rows, value counts (S07).</summary>
    TableShape,
    /// <summary>A marker of the outdated 2019 format (S06).</summary>
    OldFormatMarker,
    /// <summary>A header or row label worded differently from the format (S08).</summary>
    LabelVariant,
}

/// <summary>
/// A structural problem the parser found, as data: the rules S05–S08 turn these into findings.
/// The parser never guesses silently: anything it could not recover is recorded here. <see cref="Severity"/>
/// overrides the rule's own where the problem is lighter (a local variant of the format, not a broken table).
/// </summary>
public sealed record ParseDiagnostic(
    ParseDiagnosticKind Kind,
    Location Location,
    string? Expected,
    string? Found,
    string Message,
    Severity? Severity = null);
