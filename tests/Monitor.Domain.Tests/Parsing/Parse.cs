using Monitor.Domain.Documents;
using Monitor.Domain.Parsing;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Tests.Parsing;

internal static class Parse
{
    public static AnnualReport Text(string text) => ReportParser.Parse(PlainTextExtractor.Extract(text));

    public static IEnumerable<(string? Table, string? Row, string? Expected, string? Found)> Shape(this AnnualReport report) =>
        report.Diagnostics.Where(d => d.Kind == ParseDiagnosticKind.TableShape).Select(d => (d.Location.Table, d.Location.Row, d.Expected, d.Found));
}
