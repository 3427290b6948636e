using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules;

/// <summary>
/// Reports on 2020 or earlier were written to the 2019 trial format (国办公开办函〔2019〕60号), the right one then: its
/// part one has no five fixed topics and its 表二 columns differ (no 本年废止). Rules built on the current format
/// (30号, reports on 2021 onward) must not judge such reports by it.
/// </summary>
public static class OlderFormat
{
    public const int FirstYearOfCurrentFormat = 2021;

    /// <summary>True for a report on a year before the current format.</summary>
    public static bool IsOnEarlierYear(AnnualReport report) => report.ReportYear is < FirstYearOfCurrentFormat;

    /// <summary>True when the report is on an earlier year and its tables carry the 2019 format's markers.</summary>
    public static bool HasOlderTables(AnnualReport report) =>
        IsOnEarlierYear(report) && report.Diagnostics.Any(d => d.Kind == ParseDiagnosticKind.OldFormatMarker);
}
