using System.Text.RegularExpressions;
using MimeKit;
using Monitor.Testing;

namespace Monitor.Cli.Tests;

/// <summary>
/// `sweep` with no arguments, the README's first command: the sample county (samples/portal) served on 127.0.0.1,
/// crawled, validated, deadline-checked, alerted and summarised into a data folder, with the compliance table
/// matching samples/portal/README.md; a second sweep over the same folder sends nothing new.
/// </summary>
public sealed partial class SweepCommandTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    private static IReadOnlyList<UnitExpectation> Expectations => SampleCountyExpectations.All;

    private string MailFolder => Path.Combine(data.Path, "mail");

    private IReadOnlyList<MimeMessage> Mail() =>
        [.. Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))];

    /// <summary>(unit name, status, rule IDs) per row of the compliance table the command printed.</summary>
    private static IReadOnlyList<(string Name, string Status, string Rules)> Table(string stdout) =>
        [.. stdout.Split('\n')
            .Select(line => line.Split('│', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length == 9 && cells[1].StartsWith("示范县", StringComparison.Ordinal))
            .Select(cells => (cells[1], cells[3], string.Join(",", RuleId().Matches(cells[7]).Select(m => m.Value))))];

    [Fact]
    public async Task Sweep_of_the_sample_county_shows_each_unit_as_its_README_says()
    {
        var result = await CliRunner.RunAsync("sweep", "--data", data.Path);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(
            Expectations.Select(e => (e.Name, e.Status, string.Join(",", e.Rules))).Order(),
            Table(result.Stdout).Order());
        Assert.Contains("用时", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_mails_one_alert_per_unit_with_an_error_or_filing_event_and_one_summary_and_a_second_sweep_sends_nothing_new()
    {
        await CliRunner.RunAsync("sweep", "--data", data.Path);
        var first = Mail();

        var alerted = Expectations.Where(e => e.Rules.Any(r => r is not ("F04" or "Q03"))).Select(e => e.Name).Order().ToList();
        var alerts = first.Where(m => !(m.Subject ?? "").Contains("周报", StringComparison.Ordinal)).ToList();
        Assert.Equal(alerted, alerts.Select(m => alerted.Single(name => (m.Subject ?? "").Contains(name, StringComparison.Ordinal))).Order());
        var summary = Assert.Single(first, m => (m.Subject ?? "").Contains("周报", StringComparison.Ordinal));
        Assert.Contains(summary.Attachments, a => a.ContentType.MimeType == "text/csv");
        Assert.All(first, m => Assert.Equal("zwgk@shifan.example.gov.cn", Assert.Single(m.To.Mailboxes).Address));

        var second = await CliRunner.RunAsync("sweep", "--data", data.Path);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("新提醒 0 封", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(first.Count, Mail().Count);
    }

    [Fact]
    public async Task Mail_that_cannot_be_written_is_counted_in_Chinese_waits_in_the_outbox_and_goes_out_on_a_later_sweep()
    {
        await File.WriteAllTextAsync(MailFolder, "a file where the mail folder should be");

        var blocked = await CliRunner.RunAsync("sweep", "--data", data.Path);

        Assert.Equal(0, blocked.ExitCode);
        Assert.Matches(@"邮件：\d+ 封未送达（无法写入邮件文件夹，\d+ 封），已留在发件箱，将于 \d+月\d+日 \d\d:\d\d（北京时间）起按退避间隔自动重试", blocked.Stdout);
        Assert.DoesNotContain("Exception", blocked.Stdout + blocked.Stderr);
        var poison = Path.Combine(data.Path, "queues", "alerts-poison");
        Assert.False(Directory.Exists(poison) && Directory.EnumerateFiles(poison).Any());

        File.Delete(MailFolder);
        var later = await CliRunner.RunAsync("sweep", "--data", data.Path, "--today", "2027-02-11");

        Assert.Equal(0, later.ExitCode);
        Assert.DoesNotContain("未送达", later.Stdout);
        Assert.NotEmpty(Mail());
    }

    [Fact]
    public async Task Summary_reads_the_same_table_from_the_sweeps_data_without_crawling()
    {
        var sweep = await CliRunner.RunAsync("sweep", "--data", data.Path);

        var summary = await CliRunner.RunAsync("summary", "--data", data.Path);

        Assert.Equal(0, summary.ExitCode);
        Assert.Equal(Table(sweep.Stdout), Table(summary.Stdout));
    }

    [Theory]
    [InlineData("sweep", "--today", "2027/02/10", "--today")]
    [InlineData("sweep", "--registry", "no-such-registry.json", "no-such-registry.json")]
    [InlineData("summary", "--data", "no-such-folder", "no-such-folder")]
    public async Task Bad_arguments_exit_2_naming_what_is_wrong(string command, string option, string value, string named)
    {
        var result = await CliRunner.RunAsync(command, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex("[A-Z][0-9]{2}")]
    private static partial Regex RuleId();
}
