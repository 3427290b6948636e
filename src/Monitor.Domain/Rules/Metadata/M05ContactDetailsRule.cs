using System.Text.RegularExpressions;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Metadata;

/// <summary>Readers need somewhere to ask about the report: a phone number, an address or a postcode.</summary>
public sealed partial class M05ContactDetailsRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "M05", "未提供咨询联系方式", Severity.Info,
        "国办公开办函〔2021〕30号（年度报告格式：如对本报告有疑问请联系）", "metadata", "contact");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var text = WholeText.Of(context.Report);
        if (Contact().IsMatch(text)) yield break;
        yield return Found(Location.Document, "联系电话、地址或邮编", "未提供",
            "报告未提供对本报告有疑问时的联系方式（电话、地址或邮编）。");
    }

    [GeneratedRegex(@"电话|联系方式|地址|邮编|邮政编码|(?<!\d)\d{3,4}-\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex Contact();
}
