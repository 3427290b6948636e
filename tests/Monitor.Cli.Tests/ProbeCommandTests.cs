using Monitor.Cli.Commands;
using Monitor.PortalSimulator;
using Monitor.Testing;

namespace Monitor.Cli.Tests;

/// <summary>`probe` on each family of the evidence-based fixture county names the family and the unit's reports.</summary>
public sealed class ProbeCommandTests : IAsyncLifetime
{
    private static readonly string Families = RepoRoot.Combine("tests", "fixtures", "families");
    private readonly FakePortal portal = new();

    public async Task InitializeAsync()
    {
        foreach (var family in Directory.GetDirectories(Families).Where(d => File.Exists(Path.Combine(d, "portal.json")))) portal.LoadFolder(family);
        portal.LoadFolder(RepoRoot.Combine("tests", "fixtures", "cms-families", "unrecognised"));
        await portal.StartAsync();
    }

    public async Task DisposeAsync() => await portal.DisposeAsync();

    private async Task<(int Exit, string Out, string Err)> Probe(string url, string? unitName)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ProbeCommand.RunAsync(output, error, TimeProvider.System, url, unitName, null, http =>
        {
            http.ConnectCallback = portal.ConnectCallback;
            http.Politeness.DelayPerHost = TimeSpan.Zero;
            http.Resilience.MaxRetries = 1;
            http.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
        }, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("http://www.luming.gov.cn/col/col1501/index.html", "鹿鸣县城关镇人民政府", "大汉jpage栏目")]
    [InlineData("http://jyj.luming.gov.cn/zwgk/ndbg/index.html", "鹿鸣县教育局", "拓尔思TRS栏目")]
    [InlineData("http://www.luming.gov.cn/xhjd/gknb/list.shtml", "鹿鸣县新华街道办事处", "拓尔思TRS栏目")]
    [InlineData("http://www.luming.gov.cn/gkmlpt/index", "鹿鸣县市场监督管理局", "政务公开目录平台gkmlpt")]
    [InlineData("http://www.luming.gov.cn/col/col2301/index.html", "鹿鸣县太平乡人民政府", "大汉jpaas栏目")]
    [InlineData("http://www.luming.gov.cn/zfxxgk/ndbg/index.html", "鹿鸣县民政局", "县级年报专栏")]
    public async Task Names_the_family_and_finds_the_units_2025_and_2024_reports(string url, string unit, string family)
    {
        var (exit, output, _) = await Probe(url, unit);

        Assert.Equal(0, exit);
        Assert.Contains(family, output);
        Assert.Contains("本单位年报 2 篇", output);
        Assert.Contains("2025-", output);
    }

    [Fact]
    public async Task A_column_no_reader_understands_exits_1_and_says_F06_not_missing()
    {
        var (exit, output, _) = await Probe("http://shiqiao.luming.gov.cn/xxgk/nb/index.html", "鹿鸣县石桥镇人民政府");

        Assert.Equal(1, exit);
        Assert.Contains("栏目能访问但无法识别", output);
        Assert.Contains("F06", output);
    }

    [Fact]
    public async Task An_unreachable_url_or_a_bad_argument_exits_2_naming_it()
    {
        var missing = await Probe("http://www.luming.gov.cn/no/such/index.html", null);
        var bad = await Probe("ftp://x", null);

        Assert.Equal((2, 2), (missing.Exit, bad.Exit));
        Assert.Contains("http://www.luming.gov.cn/no/such/index.html", missing.Err);
        Assert.Contains("网址无效", bad.Err);
    }
}
