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
    [InlineData("")]
    public void Ignores_other_items(string title) => Assert.Null(ReportTitle.RecogniseYear(title));

    [Fact]
    public void Unit_title_pattern_replaces_the_built_in_phrases()
    {
        var pattern = new System.Text.RegularExpressions.Regex("信息公开情况");
        Assert.Equal((2025, (int?)null), (ReportTitle.RecogniseYear("2025年信息公开情况", pattern), ReportTitle.RecogniseYear("2025年信息公开情况")));
    }
}
