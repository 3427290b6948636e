using Monitor.Domain.Reports;
using Xunit.Abstractions;

namespace Monitor.Domain.Tests.Parsing;

public class SeedDumpTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("xutao-2024.txt")]
    [InlineData("lijun-2025.txt")]
    [InlineData("hongsibu-town-2024.txt")]
    [InlineData("xinzhuangji-2025.txt")]
    [InlineData("dazhai-2025.txt")]
    public void Dump(string name)
    {
        var r = Seeds.Parse(name);
        output.WriteLine($"title={r.Title} issuer={r.Issuer} year={r.TitleYear} period={r.Period}");
        foreach (var p in r.Parts) output.WriteLine($"part {p.Number} '{p.Heading}' {p.Text.Length}");
        foreach (var s in r.OverviewSubParts) output.WriteLine($"sub {s.Topic} '{s.Heading}' {s.Text.Length}");
        foreach (var t in r.Tables.Values) output.WriteLine($"table {t.Id} cells={t.Cells.Count}");
        foreach (var d in r.Diagnostics) output.WriteLine($"diag {d.Kind} {d.Location.Describe()} exp={d.Expected} found={d.Found} {d.Message}");
        Assert.NotNull(r);
    }
}
