using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Metadata;

namespace Monitor.Domain.Tests.Rules.Metadata;

public class M05ContactDetailsRuleTests
{
    [Fact]
    public void Fires_when_no_phone_address_or_postcode_is_given()
    {
        Assert.Equal([("M05", "全文")], RuleRun.On<M05ContactDetailsRule>(new AnnualReport { FullText = "如对本报告有任何疑问，请与我镇联系。" }));
    }

    [Theory]
    [InlineData("联系电话：0953-1234567")]
    [InlineData("地址：某县某乡政府院内")]
    [InlineData("请拨打0953-7012345")]
    public void Silent_when_contact_details_are_given(string text)
    {
        Assert.Empty(RuleRun.On<M05ContactDetailsRule>(new AnnualReport { FullText = text }));
    }

    [Fact]
    public void An_index_number_is_not_a_phone_number()
    {
        Assert.Single(RuleRun.On<M05ContactDetailsRule>(new AnnualReport { FullText = "索引号：1371082004339，本报告电子版可在门户网站查阅。" }));
    }
}
