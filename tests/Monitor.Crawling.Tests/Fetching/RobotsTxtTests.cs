using Monitor.Crawling.Fetching;

namespace Monitor.Crawling.Tests.Fetching;

public class RobotsTxtTests
{
    private const string Text = """
        User-agent: *
        Disallow: /admin/
        Disallow: /*.wps$
        Allow: /admin/public/

        User-agent: GovReportMonitor
        User-agent: Other
        Disallow: /search
        """;

    [Theory]
    [InlineData("SomeBot", "/admin/x.html", false)]
    [InlineData("SomeBot", "/admin/public/x.html", true)]
    [InlineData("SomeBot", "/files/a.wps", false)]
    [InlineData("SomeBot", "/files/a.wps.html", true)]
    [InlineData("GovReportMonitor", "/admin/x.html", true)]
    [InlineData("GovReportMonitor", "/search?q=1", false)]
    public void Own_group_wins_over_star_and_longest_rule_wins(string token, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsTxt.Parse(Text, token).IsAllowed(path));

    [Fact]
    public void Empty_disallow_allows_everything() =>
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow:\n", "x").IsAllowed("/a"));
}
