using Monitor.Domain.Rules.Structure;

namespace Monitor.Domain.Tests.Rules.Structure;

public class S04MissingOverviewTopicRuleTests
{
    [Fact]
    public void Fires_once_per_missing_topic()
    {
        var found = RuleRun.OnText<S04MissingOverviewTopicRule>("""
            一、总体情况
            （一）主动公开。本年主动公开信息10条。
            （二）依申请公开。未收到申请。
            （三）政府信息管理。按规定管理。
            二、主动公开政府信息情况
            """);

        Assert.Equal([("S04", "第一部分"), ("S04", "第一部分")], found);
    }

    [Fact]
    public void Silent_when_all_five_topics_are_covered()
    {
        var found = RuleRun.OnText<S04MissingOverviewTopicRule>("""
            一、总体情况
            （一）主动公开。本年主动公开信息10条。
            （二）依申请公开。未收到申请。
            （三）政府信息管理。按规定管理。
            （四）政府信息公开平台建设。维护网站。
            （五）监督保障。加强考核。
            二、主动公开政府信息情况
            """);

        Assert.Empty(found);
    }

    [Fact]
    public void Silent_when_the_overview_itself_is_missing()
    {
        Assert.Empty(RuleRun.OnText<S04MissingOverviewTopicRule>("二、主动公开政府信息情况"));
    }
}
