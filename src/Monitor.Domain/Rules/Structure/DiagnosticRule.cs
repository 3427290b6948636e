using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Structure;

/// <summary>
/// A structure rule whose evidence the parser already gathered: each diagnostic of one kind becomes one
/// finding, keeping the parser's location, expected/found and Chinese message.
/// </summary>
public abstract class DiagnosticRule : ReportRule
{
    protected abstract ParseDiagnosticKind Kind { get; }

    protected override IEnumerable<Finding> Check(ReportContext context) =>
        context.Report.Diagnostics
            .Where(d => d.Kind == Kind)
            .Select(d => Found(d.Severity ?? Descriptor.Severity, d.Location, d.Expected, d.Found, d.Message));
}
