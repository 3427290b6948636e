using Monitor.Domain.Rules.Narrative.Statements;

namespace Monitor.Domain.Tests.Rules.Narrative;

public class ItemizedTotalsTests
{
    private static (decimal Total, decimal Sum, int Parts)[] Lists(string text) =>
        [.. ItemizedTotals.In(NarrativeText.Normalize(text)).Select(l => (l.Total, l.PartsSum, l.Parts.Count))];

    [Fact]
    public void A_nested_parenthesised_list_belongs_to_the_count_before_it()
    {
        // Modelled on a township report that itemizes its website posts inside the channel list.
        var lists = Lists("主动公开各类信息 694 条，其中政府网站发布信息 11 条（其中部门预决算 2 条、行政执法事项 3 条、人大代表议案办理情况 2 条、组织机构及领导信息 4 条），“杞乡村务”小程序发布信息 527 条，公众号发布信息 130 条，宣传栏公示信息 26 条");

        Assert.Equal([(11m, 11m, 4), (694m, 694m, 4)], lists);
    }

    [Fact]
    public void A_page_break_inside_the_list_does_not_end_it()
    {
        Assert.Equal([(372m, 92m, 5)], Lists("公开各类信息共 372 条，其中政府文件 2 条、公示公告 58 条、乡镇动态 28 条、\n\n专题专栏 2 条、预决算公开 2 条"));
    }

    [Fact]
    public void A_hotline_number_is_not_the_total()
    {
        Assert.Equal([(888m, 888m, 5)], Lists("全乡共受理 12345 政务服务便民热线工单 888 件，其中咨询类 12 件、投诉类 164 件、举报类 17 件、求助类 687 件、建议类 8 件，均已按时办结"));
    }

    [Fact]
    public void Prose_after_其中_is_not_a_list_and_a_new_total_ends_one()
    {
        Assert.Empty(Lists("全年共发布 280 条信息，其中围绕“特色产业发展”等主题，累计推出系列专题动态 24 条"));
        Assert.Equal([(52m, 52m, 2)], Lists("发布信息共 52 条，其中乡镇文件 50 条，乡镇动态 2 条；微信公众号发布信息共 346 条"));
    }

    [Fact]
    public void Approximate_totals_and_other_units_are_not_compared()
    {
        Assert.Empty(Lists("发布信息300余条，其中动态100条、公告50条"));
        Assert.Equal([(5m, 3m, 1)], Lists("开展检查 5 次，其中专项检查 3 次，发现问题 12 个"));
    }
}
