using System.Text;

namespace Monitor.Cli.Tests;

/// <summary>
/// Garbage in gives findings or a clear error, never an unhandled exception, and a folder run goes on to
/// the next file: every file of the folder appears exactly once, as a report or as an error.
/// </summary>
public class GarbageInputTests
{
    private const string ReportWithoutTables = """
        云岭县石桥镇2025年政府信息公开工作年度报告

        本报告统计数据从2025年1月1日至2025年12月31日。

        一、总体情况
        全年主动公开信息56条。
        二、主动公开政府信息情况
        本年度无相关数据。
        三、收到和处理政府信息公开申请情况
        本年度未收到政府信息公开申请。
        四、政府信息公开行政复议、行政诉讼情况
        未发生行政复议、行政诉讼。
        五、存在的主要问题及改进情况
        公开内容不够全面，下一步将完善目录。
        六、其他需要报告的事项
        本年度未收取信息处理费。
        """;

    [Fact]
    public async Task A_folder_of_garbage_is_checked_file_by_file()
    {
        using var folder = new TempFolder();
        var noise = new byte[64 * 1024];
        new Random(20260210).NextBytes(noise);
        folder.Write("a-empty.txt", []);
        folder.Write("b-noise.pdf", noise);
        folder.Write("c-noise.doc", noise);
        folder.Write("d-truncated.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa"));
        folder.Write("e-portal.html", """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>云岭县人民政府</title></head>
            <body><nav>首页 | 政务公开 | 办事服务</nav><div class="main"><p>网站维护中，请稍后访问。</p></div></body></html>
            """);
        folder.Write("f-no-tables.txt", ReportWithoutTables);
        var big = new byte[50 * 1024 * 1024];
        Array.Fill(big, (byte)'A');
        folder.Write("g-huge.txt", big);
        folder.Write("h-good.txt", TestReports.MinimalTown);

        var result = await CliRunner.RunAsync("check", "--json", folder.Path);

        var reports = result.Json.GetProperty("reports").EnumerateArray().Select(r => Path.GetFileName(r.GetProperty("source").GetString()!)).ToList();
        var errors = result.Json.GetProperty("errors").EnumerateArray().Select(r => Path.GetFileName(r.GetProperty("source").GetString()!)).ToList();
        Assert.Equal(["a-empty.txt", "b-noise.pdf", "c-noise.doc", "d-truncated.pdf", "e-portal.html", "f-no-tables.txt", "g-huge.txt", "h-good.txt"],
            reports.Concat(errors).Order(StringComparer.Ordinal));
        Assert.Equal(["g-huge.txt"], errors);
        Assert.Contains("文件过大", result.Stderr);
        Assert.Contains("g-huge.txt", result.Stderr);
        Assert.Equal(2, result.ExitCode);
    }

    [Theory]
    [InlineData("empty.txt", "")]
    [InlineData("truncated.pdf", "%PDF-1.7\n1 0 obj\n<< /Type")]
    [InlineData("legacy.doc", "\u00D0\u00CF\u0011\u00E0 not really a compound file")]
    public async Task Unreadable_documents_are_reported_as_missing_tables(string name, string content)
    {
        using var folder = new TempFolder();
        var file = folder.Write(name, Encoding.Latin1.GetBytes(content));

        var result = await CliRunner.RunAsync("check", "--json", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains((name, "S05"), result.SignificantFindings);
    }

    [Fact]
    public async Task A_report_with_every_table_missing_has_one_S05_per_table()
    {
        using var folder = new TempFolder();
        var file = folder.Write("shiqiao-2025.txt", ReportWithoutTables);

        var result = await CliRunner.RunAsync("check", "--json", file);

        Assert.Equal(1, result.ExitCode);
        var s05 = result.Json.GetProperty("reports")[0].GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "S05")
            .Select(f => f.GetProperty("location").GetProperty("table").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(["表三", "表二", "表四"], s05);
    }
    [Fact]
    public async Task Control_characters_in_a_report_and_its_file_name_never_reach_the_terminal()
    {
        using var folder = new TempFolder();
        var hostile = ReportWithoutTables.Replace("云岭县石桥镇", "云岭县\0石桥镇\u001b]0;pwned\u0007\u001b[2J\u202e", StringComparison.Ordinal)
            .Replace("全年主动公开信息56条。", "全年主动公开信息56条。\u0085\u009b31m", StringComparison.Ordinal);
        folder.Write("report\u001b[1mbold.txt", hostile);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await Program.RunAsync(["check", folder.Path], CliConsole.ForTerminal(stdout, stderr, TimeProvider.System, errorIsTerminal: false));

        var shown = stdout.ToString() + stderr.ToString();
        Assert.InRange(exit, 0, 1);
        Assert.Contains("report␛[1mbold.txt", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(shown, c => c is '\0' or '\u001b' or '\u0007' or '\u0085' or '\u009b' or '\u202e');
    }
}
