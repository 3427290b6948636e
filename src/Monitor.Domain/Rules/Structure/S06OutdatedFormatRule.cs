using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Structure;

/// <summary>Markers of the 2019 trial format (60号) in a report on 2021 or later, from the parser's diagnostics.</summary>
public sealed class S06OutdatedFormatRule : DiagnosticRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "S06", "使用已废止的2019年版报告格式", Severity.Error,
        "国办公开办函〔2021〕30号（取代2019年试行格式60号）", "structure", "format");

    protected override ParseDiagnosticKind Kind => ParseDiagnosticKind.OldFormatMarker;

    protected override IEnumerable<Finding> Check(ReportContext context) =>
        OlderFormat.IsOnEarlierYear(context.Report) ? [] : base.Check(context);
}
