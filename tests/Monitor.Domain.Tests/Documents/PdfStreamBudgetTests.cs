using System.Text;
using Monitor.Domain.Documents;

namespace Monitor.Domain.Tests.Documents;

public class PdfStreamBudgetTests
{
    private static readonly ExtractionLimits Small = ExtractionLimits.Default with
    {
        MaxPdfStreamBytes = 1024 * 1024,
        MaxPdfInflatedBytes = 3 * 1024 * 1024,
        MaxPdfOperators = 10_000,
    };

    [Fact]
    public void A_flate_stream_inflating_past_the_bound_is_unreadable_and_names_the_bound()
    {
        var content = "BT /F1 12 Tf 72 720 Td (Report) Tj ET\n" + new string(' ', 2 * 1024 * 1024);
        var pdf = MinimalPdf.Page(content, flate: true);

        var document = PdfExtractor.Extract(pdf, Small);

        Assert.True(pdf.Length < 20_000, $"the bomb is small on disk ({pdf.Length} bytes)");
        Assert.False(document.IsReadable);
        Assert.Contains("数据流解压后超过1MB的上限", document.UnreadableReason);
    }

    [Fact]
    public void Two_million_text_operators_in_a_few_kilobytes_are_refused_before_pdfpig_builds_letters()
    {
        var content = new StringBuilder("BT /F1 1 Tf 0 0 Td\n");
        for (var i = 0; i < 20_000; i++) content.Append("(a) Tj\n");
        content.Append("ET");
        var pdf = MinimalPdf.Page(content.ToString(), flate: true);

        var document = PdfExtractor.Extract(pdf, Small);

        Assert.False(document.IsReadable);
        Assert.Contains("绘制指令超过10000条的上限", document.UnreadableReason);
    }

    [Fact]
    public void Text_in_strings_and_hex_strings_is_not_counted_as_operators()
    {
        // Chinese PDFs show text as hex glyph ids; their letters a–f must not read as operators.
        var content = "BT /F1 12 Tf 72 720 Td <4e2d6587abcdef> Tj (abc def ghi) Tj [(x) -250 <0a0b>] TJ ET";

        var measured = PdfStreamBudget.Measure(MinimalPdf.Page(content, flate: true), ExtractionLimits.Default);

        Assert.Equal(7, measured.Operators); // BT Tf Td Tj Tj TJ ET
        Assert.Null(measured.Exceeded);
    }

    [Fact]
    public void A_page_under_the_bounds_is_read_as_before()
    {
        var pdf = MinimalPdf.Page("BT /F1 12 Tf 72 720 Td (Annual report) Tj ET", flate: true);

        var document = PdfExtractor.Extract(pdf, Small);

        Assert.True(document.IsReadable, document.UnreadableReason);
    }

    /// <summary>Every real PDF the tests hold (published reports and our rendered fixtures) stays far inside the bounds.</summary>
    [Fact]
    public void Real_reports_use_a_small_share_of_each_bound()
    {
        var root = Monitor.Testing.RepoRoot.Path;
        var pdfs = new[] { "tests/corpus", "tests/fixtures", "samples" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.pdf", SearchOption.AllDirectories))
            .ToList();
        var limits = ExtractionLimits.Default;

        var measured = pdfs.Select(path => (Path: path, Measure: PdfStreamBudget.Measure(File.ReadAllBytes(path), limits))).ToList();

        Assert.True(pdfs.Count >= 15);
        Assert.All(measured, m => Assert.Null(m.Measure.Exceeded));
        Assert.All(measured, m => Assert.True(m.Measure.Operators * 10 < limits.MaxPdfOperators, $"{m.Path}: {m.Measure.Operators} operators"));
        Assert.All(measured, m => Assert.True(m.Measure.Inflated * 4 < limits.MaxPdfInflatedBytes, $"{m.Path}: {m.Measure.Inflated} bytes inflated"));
        Assert.True(measured.Max(m => m.Measure.Operators) > 1_000, "the count sees real page content");
    }
}
