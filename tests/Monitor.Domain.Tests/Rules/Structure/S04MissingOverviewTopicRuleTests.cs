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

    [Theory]
    [InlineData("1、主动公开", "2、依申请公开", "3、政府信息管理", "4、平台建设", "5、监督保障")]
    [InlineData("1.主动公开情况", "2.申请公开方面", "3.政府信息管理方面", "4.平台建设情况", "5.监督保障")]
    [InlineData("（1）主动公开", "（2）依法申请公开方面", "（3）政府信息管理", "（4）政府信息公开平台建设", "（5）监督保障")]
    [InlineData("第一，主动公开", "第二，依申请公开", "第三，政府信息管理", "第四，平台建设", "第五，监督保障")]
    public void Recognises_the_numbering_and_wording_real_reports_use(string a, string b, string c, string d, string e)
    {
        var found = RuleRun.OnText<S04MissingOverviewTopicRule>($"一、总体情况\n{a}。公开10条。\n{b}。无。\n{c}。有。\n{d}。有。\n{e}。有。\n二、主动公开政府信息情况");

        Assert.Empty(found);
    }

    [Fact]
    public void An_undivided_overview_is_judged_by_its_words_and_marked_uncertain()
    {
        var report = Parsing.Parse.Text("""
            一、总体情况
            2020年，我街道主动公开政府信息232条，落实专人负责，严格审查程序和考核监督。
            二、主动公开政府信息情况
            """);

        var findings = new S04MissingOverviewTopicRule().Evaluate(new Monitor.Domain.Rules.ReportContext(report)).Findings;

        Assert.Equal(["依申请公开", "政府信息公开平台建设"], findings.Select(f => f.Expected));
        Assert.All(findings, f => Assert.Equal(Monitor.Domain.Findings.Certainty.Uncertain, f.Certainty));
    }

    [Fact]
    public void A_part_of_an_older_format_ends_the_overview()
    {
        var found = RuleRun.OnText<S04MissingOverviewTopicRule>("""
            一、信息公开工作概述
            2019年，我乡认真贯彻落实条例，加强载体建设、加强监督检查。
            二、组织领导和制度建设情况
            主动公开、依申请公开、政府信息管理和网站平台均由专人负责。
            """);

        Assert.Equal(4, found.Length); // all but 监督保障 ("监督检查"); part 二's words do not count
    }

    [Fact]
    public void Silent_on_a_report_on_2020_whose_format_had_no_five_topics()
    {
        Assert.Empty(RuleRun.OnText<S04MissingOverviewTopicRule>("某县某镇2020年政府信息公开工作年度报告\n一、总体情况\n本年度我镇认真落实条例。\n二、主动公开政府信息情况"));
    }
}
