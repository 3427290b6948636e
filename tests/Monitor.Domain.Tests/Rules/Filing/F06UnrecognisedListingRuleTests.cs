using Monitor.Domain.Capture;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Registry;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Filing;

namespace Monitor.Domain.Tests.Rules.Filing;

public class F06UnrecognisedListingRuleTests
{
    private const string Shell = "未找到任何栏目条目：页面含3段脚本，列表可能由脚本从接口加载（应用外壳页），共12个链接";

    [Fact]
    public void Fires_when_the_reached_column_was_not_understood_and_names_the_url_and_what_was_seen()
    {
        var context = FilingSamples.Xutao(new(2026, 2, 10)) with { ListingNotUnderstood = Shell, NotUnderstoodUrl = "http://xutao.qs.test/ndbg/index.html" };

        var finding = Assert.Single(new F06UnrecognisedListingRule().Evaluate(context).Findings);

        Assert.Equal(("F06", Shell), (finding.RuleId, finding.Found));
        Assert.Contains("http://xutao.qs.test/ndbg/index.html", finding.Message);
        Assert.Contains("无法识别", finding.Message);
    }

    [Fact]
    public void Silent_when_the_column_was_understood_or_a_report_was_captured()
    {
        var understood = FilingSamples.Xutao(new(2026, 2, 10));
        var captured = understood with { ListingNotUnderstood = Shell, Captures = [new("abc", new(2026, 1, 10, 2, 0, 0, TimeSpan.Zero))] };

        Assert.Empty(FilingSamples.Run(new F06UnrecognisedListingRule(), understood));
        Assert.Empty(FilingSamples.Run(new F06UnrecognisedListingRule(), captured));
    }

    [Fact]
    public void A_column_not_understood_is_never_called_missing()
    {
        var context = FilingSamples.Xutao(new(2026, 3, 1)) with { ListingNotUnderstood = Shell, NotUnderstoodUrl = "http://xutao.qs.test/ndbg/index.html" };

        var ids = new FilingValidator().Validate(context).Select(f => f.RuleId);

        Assert.Equal(["F06"], ids);
    }

    [Fact]
    public void History_with_every_reached_listing_not_understood_has_that_status_and_no_F01()
    {
        var unit = new RegisteredUnit("xutao", "青水县徐桃镇人民政府", UnitType.Township, [new Uri("http://xutao.qs.test/ndbg/index.html")], null);
        var state = new CrawlState("http://xutao.qs.test/ndbg/index.html", new HttpValidators(null, null), NotUnderstood: Shell);

        var history = FilingHistory.Of(unit, 2025, DeadlinePolicy.Default, new DateOnly(2026, 2, 10), [], [state]);

        Assert.Equal((FilingStatus.Unrecognised, "栏目无法识别"), (history.Status, history.Status.Chinese()));
        Assert.Equal(["F06"], new FilingValidator().Validate(history.Context).Select(f => f.RuleId));
    }
}
