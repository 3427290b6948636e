using Monitor.Domain.Checking;
using Monitor.Domain.Rules;
using Monitor.Domain.Tests.Rules;
using Monitor.Testing;

namespace Monitor.Domain.Tests.Checking;

/// <summary>
/// The 青河街道 sample (a street office report with table errors) as its text source, its GBK portal page, and
/// UTF-8 HTML, DOCX and PDF renderings of the same text (scripts/render-samples.sh): a report must not read
/// differently because of the format it was published in.
/// </summary>
public class SameReportEveryFormatTests
{
    private static readonly string[] Renderings =
    [
        "samples/reports/qinghe-street-2025.html",
        "tests/fixtures/formats/qinghe-street-2025.html",
        "tests/fixtures/formats/qinghe-street-2025.docx",
        "tests/fixtures/formats/qinghe-street-2025.pdf",
    ];

    private static CheckedReport Check(string relativePath)
    {
        var path = Path.Combine(RepoRoot.Path, relativePath);
        return new ReportChecker().Check(File.ReadAllBytes(path), Path.GetFileName(path), new CheckOptions { UnitType = UnitType.StreetOffice });
    }

    private static readonly CheckedReport Text = Check("samples/sources/qinghe-street-2025.txt");

    public static TheoryData<string> Formats => [.. Renderings];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_yields_the_same_tables(string rendering)
    {
        Assert.Equal(Cells(Text), Cells(Check(rendering)));
        Assert.Equal(3, Text.Report.Tables.Count);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_yields_the_same_findings(string rendering)
    {
        Assert.Equal(Findings(Text), Findings(Check(rendering)));
        Assert.Contains(Findings(Text), f => f.StartsWith("T02", StringComparison.Ordinal));
    }

    private static List<string> Cells(CheckedReport checkedReport) =>
    [
        .. checkedReport.Report.Tables.Values.OrderBy(t => t.Id).SelectMany(t => t.Cells
            .OrderBy(c => c.Key.Row, StringComparer.Ordinal).ThenBy(c => c.Key.Column, StringComparer.Ordinal)
            .Select(c => $"{t.Id}/{c.Key.Row}/{c.Key.Column}={c.Value.Raw}")),
    ];

    private static List<string> Findings(CheckedReport checkedReport) =>
    [
        .. checkedReport.Validation.Findings
            .Select(f => $"{f.RuleId} {f.Severity} {f.Location} expected={f.Expected} found={f.Found} {f.Message}")
            .Order(StringComparer.Ordinal),
    ];
}
