using System.Text.Json;

namespace Monitor.Cli.Tests;

/// <summary>The JSON document matches docs/check-output.schema.json; the human output is a Chinese summary.</summary>
public class CheckOutputTests
{
    [Fact]
    public async Task Json_output_validates_against_the_committed_schema()
    {
        using var folder = new TempFolder();
        folder.Write("baishui-2025.txt", TestReports.MinimalTown);
        folder.Write("empty-2025.txt", "");
        var schema = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "docs", "check-output.schema.json"))).RootElement;

        var result = await CliRunner.RunAsync("check", "--json", "--unit-type", "township", folder.Path);

        Assert.Equal([], MiniJsonSchema.Validate(schema, result.Json));
        Assert.Equal(("monitor-check", "2026-02-10T01:30:00Z"), (result.Json.GetProperty("tool").GetString(), result.Json.GetProperty("checkedAt").GetString()));
        Assert.Equal(["baishui-2025.txt", "empty-2025.txt"],
            result.Json.GetProperty("reports").EnumerateArray().Select(r => Path.GetFileName(r.GetProperty("source").GetString())));
        Assert.All(result.Json.GetProperty("reports").EnumerateArray(), r => Assert.Equal(("township", false),
            (r.GetProperty("unitType").GetString(), r.GetProperty("unitTypeInferred").GetBoolean())));
    }

    [Fact]
    public async Task Schema_validator_reports_a_missing_field_and_a_wrong_type()
    {
        var schema = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "docs", "check-output.schema.json"))).RootElement;
        var broken = JsonDocument.Parse("""{"tool":"monitor-check","version":"1","checkedAt":"x","reports":[{"source":"a"}],"errors":"none"}""").RootElement;

        var problems = MiniJsonSchema.Validate(schema, broken);

        Assert.Contains("$.reports[0]: missing required 'findings'", problems);
        Assert.Contains("$.errors: String is not array", problems);
    }

    [Fact]
    public async Task Human_output_names_issuer_year_and_ends_with_a_summary_line()
    {
        using var folder = new TempFolder();
        var file = folder.Write("baishui-2025.txt", TestReports.MinimalTown);

        var result = await CliRunner.RunAsync("check", file);

        Assert.Contains($"文件：{file}（纯文本）", result.Stdout);
        Assert.Matches(@"合计：检查报告 1 份，其中有错误的 \d+ 份；错误 \d+ 项，警告 \d+ 项，提示 \d+ 项；无法检查的文件 0 个。", result.Stdout.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public async Task Inferred_unit_type_is_marked_as_inferred()
    {
        using var folder = new TempFolder();
        var file = folder.Write("baishui-2025.txt", TestReports.MinimalTown);

        var result = await CliRunner.RunAsync("check", "--json", file);

        var report = result.Json.GetProperty("reports")[0];
        Assert.Equal(report.GetProperty("issuer").ValueKind == JsonValueKind.Null, report.GetProperty("unitType").ValueKind == JsonValueKind.Null);
        Assert.Equal(report.GetProperty("unitType").ValueKind != JsonValueKind.Null, report.GetProperty("unitTypeInferred").GetBoolean());
    }
}
