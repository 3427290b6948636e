using System.Text.RegularExpressions;
using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Narrative.Statements;
using Monitor.Domain.Rules.Tables;

namespace Monitor.Domain.Rules.Narrative;

/// <summary>
/// Part 六 customarily states whether 信息处理费 was collected (109号); silence is an error when table 三 shows fee
/// notices. Certainty: certain; the rule looks for a statement in many wordings ("未收取任何费用", "未发生收费情况")
/// and reports only its absence, which needs no guess.
/// </summary>
public sealed partial class N05ProcessingFeeStatementRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "N05", "其他需要报告的事项未说明信息处理费收取情况", Severity.Warning,
        "国办函〔2020〕109号（政府信息公开信息处理费管理办法）；国办公开办函〔2021〕30号 第六部分",
        "narrative", "required-statement", "fees")
    {
        CertaintyNote = "确定：只报告第六部分没有任何收费说明（多种说法均可）。",
    };

    private static readonly string FeeNoticeRow = Table3.SubRow("other-handling", 2);

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.Report.Part(PartNumber.OtherMatters) is not { } part) yield break;
        if (NarrativeText.Of(context.Report).In(PartNumber.OtherMatters).Any(s => FeeStatement().IsMatch(s.Text))) yield break;
        var feeNotices = context.Report.Table(StatTableId.Applications)?.Value(FeeNoticeRow, Table3.Total) ?? 0;
        var span = NarrativeText.Normalize(part.Text);
        if (feeNotices > 0)
        {
            yield return Found(Severity.Error, Location.InPart(PartNumber.OtherMatters.Label(), span), "信息处理费收取情况", "未说明",
                $"表三显示有{TableSums.Show(feeNotices)}件申请因逾期未缴纳信息处理费不再处理，但第六部分未说明信息处理费的收取情况。");
            yield break;
        }
        yield return Found(Location.InPart(PartNumber.OtherMatters.Label(), span), "信息处理费收取情况", "未说明",
            "第六部分未说明本年度是否收取信息处理费。");
    }

    [GeneratedRegex("(?:收取|收费|征收|缴纳|产生|发生|免收|收缴)[^。；]{0,20}?处理费|处理费[^。；]{0,12}?(?:收取|收费|征收|缴纳|产生|发生|免收|为0|为零|0元|零元|[0-9.]+万?元)|(?:未|没有|不)(?:收取|征收|产生)(?:任何)?费用|(?:未|没有|无|均未|从未)(?:发生|产生|存在)?(?:任何)?收费(?:情况|行为|事项)?|免费(?:提供|答复|向)")]
    private static partial Regex FeeStatement();
}
