namespace Monitor.Cli.Tests;

/// <summary>Unusable arguments or inputs: exit code 2 and a Chinese message naming what is wrong, nothing on stdout.</summary>
public class CheckArgumentTests
{
    [Fact]
    public async Task Missing_file_names_the_path()
    {
        var result = await CliRunner.RunAsync("check", "/nonexistent/report-2025.txt");

        Assert.Equal((2, ""), (result.ExitCode, result.Stdout));
        Assert.Contains("找不到文件或文件夹：/nonexistent/report-2025.txt", result.Stderr);
    }

    [Fact]
    public async Task Folder_without_report_files_is_unusable()
    {
        using var folder = new TempFolder();
        folder.Write("notes.md", "not a report");

        var result = await CliRunner.RunAsync("check", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"文件夹中没有可检查的报告文件", result.Stderr);
        Assert.Contains(folder.Path, result.Stderr);
    }

    [Theory]
    [InlineData("--published", "2026-13-01")]
    [InlineData("--published", "下个月")]
    [InlineData("--deadline", "2026/02/30")]
    public async Task Bad_date_names_the_option_and_value(string option, string value)
    {
        using var folder = new TempFolder();
        var file = folder.Write("baishui-2025.txt", TestReports.MinimalTown);

        var result = await CliRunner.RunAsync("check", file, option, value);

        Assert.Equal((2, ""), (result.ExitCode, result.Stdout));
        Assert.Contains($"{option} 的日期无法识别：{value}", result.Stderr);
    }

    [Fact]
    public async Task Unknown_unit_type_lists_the_accepted_ones()
    {
        using var folder = new TempFolder();
        var file = folder.Write("baishui-2025.txt", TestReports.MinimalTown);

        var result = await CliRunner.RunAsync("check", file, "--unit-type", "village");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("未知的单位类型：village", result.Stderr);
        Assert.Contains("street-office", result.Stderr);
    }

    [Fact]
    public async Task Missing_previous_report_is_unusable()
    {
        using var folder = new TempFolder();
        var file = folder.Write("baishui-2025.txt", TestReports.MinimalTown);

        var result = await CliRunner.RunAsync("check", file, "--previous", Path.Combine(folder.Path, "baishui-2024.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--previous 指定的上一年度报告不存在", result.Stderr);
        Assert.Contains("baishui-2024.txt", result.Stderr);
    }

    [Fact]
    public async Task Unreadable_previous_report_is_unusable()
    {
        using var folder = new TempFolder();
        var file = folder.Write("baishui-2025.txt", TestReports.MinimalTown);
        var previous = folder.Write("baishui-2024.txt", []);

        var result = await CliRunner.RunAsync("check", file, "--previous", previous);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--previous 指定的上一年度报告无法读取：{previous}", result.Stderr);
    }

    [Fact]
    public async Task No_path_is_an_argument_error()
    {
        var result = await CliRunner.RunAsync("check");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("参数错误", result.Stderr);
    }

    [Fact]
    public async Task Unknown_option_is_an_argument_error()
    {
        using var folder = new TempFolder();
        var file = folder.Write("baishui-2025.txt", TestReports.MinimalTown);

        var result = await CliRunner.RunAsync("check", file, "--json", "--strict");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--strict", result.Stderr);
    }

    [Fact]
    public async Task Help_is_not_an_error()
    {
        var result = await CliRunner.RunAsync("check", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--unit-type", result.Stdout);
    }
}
