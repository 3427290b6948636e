namespace Monitor.Cli.Tests;

/// <summary>`check --explain RULE` shows what the engine read and the rule's verdict, so a reviewer can see why it fired.</summary>
public class CheckExplainTests
{
    [Fact]
    public async Task Explains_an_itemized_sum_with_the_numbers_read_and_the_uncertain_verdict()
    {
        var corpusReport = Path.Combine(RepoPaths.Root, "tests", "corpus", "cq-qijiang-guanba-2022.txt");

        var result = await CliRunner.RunAsync("check", corpusReport, "--explain", "n04");

        Assert.Contains("■ 规则 N04", result.Stdout);
        Assert.Contains("报告年度：2022年（取自标题）", result.Stdout);
        Assert.Contains("总数 117条，分项 9件+23+14+25+4 = 75", result.Stdout);
        Assert.Contains("[警告·需人工核实]", result.Stdout);
        Assert.Contains("存疑：", result.Stdout);
    }

    [Fact]
    public async Task Shows_the_tables_as_grids_and_says_when_the_rule_found_nothing()
    {
        var result = await CliRunner.RunAsync("check", Path.Combine(RepoPaths.Seeds, "xutao-2024.txt"), "--explain", "T02");

        Assert.Contains("行政处罚：本年处理决定数量=10", result.Stdout);
        Assert.Contains("五、规则 T02 的结论\n  未发现问题。", result.Stdout.Replace("\r\n", "\n"));
    }

    [Theory]
    [InlineData("Z99", "--explain 指定的规则编号不存在：Z99")]
    public async Task An_unknown_rule_is_an_unusable_argument(string rule, string message)
    {
        var result = await CliRunner.RunAsync("check", Path.Combine(RepoPaths.Seeds, "xutao-2024.txt"), "--explain", rule);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
    }

    [Fact]
    public async Task Explain_and_json_do_not_mix()
    {
        var result = await CliRunner.RunAsync("check", Path.Combine(RepoPaths.Seeds, "xutao-2024.txt"), "--explain", "T02", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("不能与 --json 同用", result.Stderr);
    }
}
