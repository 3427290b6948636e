using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Structure;

namespace Monitor.Domain.Tests.Rules.Structure;

public class S06OutdatedFormatRuleTests
{
    private const string OldTable = """
        某县某镇2023年政府信息公开工作年度报告
        二、主动公开政府信息情况
        信息内容|本年新制作数量|本年新公开数量|对外公开总数量
        规章|0|0|0
        """;

    [Fact]
    public void Fires_per_old_format_marker_in_a_report_on_2021_or_later()
    {
        var found = RuleRun.OnText<S06OutdatedFormatRule>(OldTable.Replace('|', '\t'));

        Assert.Equal(3, found.Length);
        Assert.All(found, f => Assert.Equal("S06", f.Id));
    }

    [Fact]
    public void Silent_for_a_report_on_2020_which_used_the_2019_format()
    {
        Assert.Empty(RuleRun.OnText<S06OutdatedFormatRule>(OldTable.Replace("2023", "2020").Replace('|', '\t')));
    }

    [Fact]
    public void Silent_without_old_format_markers()
    {
        Assert.Empty(RuleRun.On<S06OutdatedFormatRule>(new AnnualReport { TitleYear = 2024 }));
    }
}
