using Monitor.Domain.Rules.Narrative.Statements;

namespace Monitor.Domain.Tests.Rules.Narrative;

public class StatementTests
{
    [Theory]
    [InlineData("694", 694)]
    [InlineData("两", 2)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("一百零五", 105)]
    [InlineData("三万二千", 32000)]
    public void Chinese_and_arabic_numbers_are_read(string text, int expected)
    {
        Assert.Equal(expected, ChineseNumber.Parse(text));
    }

    [Fact]
    public void Normalizing_removes_line_breaks_and_unifies_digits_and_punctuation()
    {
        Assert.Equal("扶贫救灾公示35条，政府信息公开年报1条（占比2%）", NarrativeText.Normalize("扶贫救灾公示 35\n\n条,政府信息公开年报 １ 条(占比2％)"));
    }

    [Fact]
    public void Application_statements_read_counts_and_results()
    {
        var statements = ApplicationStatements.In(NarrativeText.Normalize("本年度共收到政府信息公开申请5件，其中予以公开3件、不予公开1件，结转下年度继续办理1件"));

        Assert.Equal(
            [(ApplicationFigure.Received, 5m), (ApplicationFigure.Disclosed, 3m), (ApplicationFigure.Withheld, 1m), (ApplicationFigure.CarryForward, 1m)],
            statements.Select(s => (s.Figure, s.Count)));
    }

    [Fact]
    public void Case_statements_read_none_and_counts()
    {
        Assert.Equal([(CaseKind.Review, 0m), (CaseKind.Litigation, 2m)],
            CaseStatements.In(NarrativeText.Normalize("未发生政府信息公开行政复议案件，行政诉讼案件2件")).Select(s => (s.Kind, s.Count)));
    }
}
