using Monitor.Domain.Capture;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Tests.Capture;

public class CaptureNameTests
{
    private static readonly DateTimeOffset Beijing = new(2026, 1, 5, 10, 3, 4, 567, TimeSpan.FromHours(8));
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void Name_uses_utc_seconds_and_the_first_twelve_hex_digits()
    {
        Assert.Equal("qingshui/xutao/2025/20260105T020304Z-0123456789ab.pdf",
            CaptureName.For("qingshui", "xutao", 2025, Beijing, Sha, ".PDF").ToString());
    }

    [Fact]
    public void Names_parse_back()
    {
        var name = CaptureName.For("qingshui", "xu-tao_1", null, Beijing, Sha, "docx");

        Assert.True(CaptureName.TryParse(name.ToString(), out var parsed));
        Assert.Equal(name, parsed);
        Assert.Contains("/unknown/", name.ToString());
    }

    [Theory]
    [InlineData("qingshui/xutao/2025/20260105T020304Z-0123456789ab")]
    [InlineData("qingshui/xutao/25/20260105T020304Z-0123456789ab.pdf")]
    [InlineData("../xutao/2025/20260105T020304Z-0123456789ab.pdf")]
    [InlineData("")]
    public void Other_strings_are_not_capture_names(string text) => Assert.False(CaptureName.TryParse(text, out _));

    [Theory]
    [InlineData("徐套乡")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("")]
    public void Ids_that_cannot_be_path_segments_or_table_keys_are_refused(string id)
    {
        Assert.False(CaptureName.IsValidId(id));
        Assert.Throws<ArgumentException>(() => CaptureName.For(id, "xutao", 2025, Beijing, Sha, "pdf"));
    }

    [Theory]
    [InlineData(".HTML", "html")]
    [InlineData("", "bin")]
    [InlineData("p/df", "bin")]
    [InlineData(null, "bin")]
    public void Extensions_are_normalised(string? extension, string expected) =>
        Assert.Equal(expected, CaptureName.NormalizeExtension(extension));
}

public class ValidationRecordTests
{
    private static Finding T04(string found, string message = "表三总计与各项之和不符") =>
        new("T04", Severity.Error, Location.InTable("表三", "总计"), "372", found, message);

    private static ValidationRecord Run(params Finding[] findings) =>
        new("c/u/2025/20260105T020304Z-0123456789ab.html", DateTimeOffset.UnixEpoch, null, 2025, null, findings, []);

    [Fact]
    public void Findings_hash_ignores_order_and_wording_but_not_values()
    {
        var a = new Finding("S01", Severity.Error, Location.InPart("第一部分"), null, null, "缺少第一部分");

        Assert.Equal(Run(a, T04("371")).FindingsHash(), Run(T04("371", "另一种说法"), a).FindingsHash());
        Assert.NotEqual(Run(a, T04("371")).FindingsHash(), Run(a, T04("370")).FindingsHash());
        Assert.Equal((1, 0), (Run(T04("1")).Count(Severity.Error), Run(T04("1")).Count(Severity.Warning)));
    }
}
