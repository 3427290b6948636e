using Monitor.Crawling.Discovery;

namespace Monitor.Crawling.Tests.Discovery;

public class ReportTitleTests
{
    [Theory]
    [InlineData("2025年度政府信息公开工作年度报告", 2025)]
    [InlineData("徐桃镇人民政府2024年政府信息公开工作年度报告", 2024)]
    [InlineData("二〇二五年度政府信息公开工作年度报告", 2025)]
    [InlineData("河西街道2025年政务公开年报", 2025)]
    [InlineData("青水县教育局 2023 年政府信息公开工作报告", 2023)]
    [InlineData("２０２２年度政府信息公开年报", 2022)]
    public void Recognises_report_titles_and_reads_the_year(string title, int year) =>
        Assert.Equal(year, ReportTitle.RecogniseYear(title));

    [Theory]
    [InlineData("2025年工作要点")]
    [InlineData("关于开展2025年度报告编制培训的通知")]
    [InlineData("年度报告编制培训")]
    [InlineData("2025年政府工作报告")]
    [InlineData("图解：2024年政府信息公开工作年度报告")]
    [InlineData("徐桃镇召开安全生产会议")]
    [InlineData("鹿鸣县2025年法治政府建设年度报告")]
    [InlineData("鹿鸣县教育局2025年度部门整体支出绩效评价报告")]
    [InlineData("2025年度政务公开工作要点")]
    [InlineData("关于做好2025年度政府信息公开工作年度报告编制工作的通知")]
    [InlineData("鹿鸣县2025年年度绩效报告")]
    [InlineData("")]
    public void Ignores_other_items(string title) => Assert.Null(ReportTitle.RecogniseYear(title));

    [Theory]
    [InlineData("鹿鸣县财政局2025年政府信息公开工作年度报告", "鹿鸣县财政局")]
    [InlineData("2025年度鹿鸣县城关镇政府信息公开工作年度报告", "鹿鸣县城关镇")]
    [InlineData("2025年政府信息公开工作年度报告", "")]
    [InlineData("城关镇人民政府关于2025年政府信息公开工作年度报告（图片版）", "城关镇人民政府")]
    public void Reads_the_body_a_title_names(string title, string issuer) => Assert.Equal(issuer, ReportTitle.IssuerIn(title));

    [Fact]
    public void Unit_title_pattern_replaces_the_built_in_phrases()
    {
        var pattern = new System.Text.RegularExpressions.Regex("信息公开情况");
        Assert.Equal((2025, (int?)null), (ReportTitle.RecogniseYear("2025年信息公开情况", pattern), ReportTitle.RecogniseYear("2025年信息公开情况")));
    }
}
