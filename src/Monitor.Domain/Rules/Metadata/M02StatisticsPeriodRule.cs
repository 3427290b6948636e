using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Metadata;

/// <summary>The report must state a readable statistics period covering exactly its calendar year.</summary>
public sealed class M02StatisticsPeriodRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "M02", "统计期限缺失、无法识别或不是完整自然年度", Severity.Warning,
        "国办公开办函〔2021〕30号（年度报告格式：统计数据期限）", "metadata", "period");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var period = context.Report.Period;
        var year = context.Report.ReportYear ?? context.EffectiveExpectedYear;
        var expected = year is { } y ? $"{y}年1月1日至{y}年12月31日" : "某年1月1日至12月31日";
        if (period is null)
        {
            yield return Found(Location.Document, expected, "未说明",
                $"报告未说明统计数据的期限（应为{expected}）。");
        }
        else if (period.Start is null || period.End is null)
        {
            yield return Found(new Location(TextSpan: period.RawText), expected, period.RawText,
                $"统计期限“{period.RawText}”无法识别（年、月、日残缺），应为{expected}。");
        }
        else if (!period.IsCalendarYear)
        {
            yield return Found(new Location(TextSpan: period.RawText), expected, $"{period.Start:yyyy年M月d日}至{period.End:yyyy年M月d日}",
                $"统计期限不是一个完整的自然年度：写为“{period.RawText}”，应为{expected}。");
        }
    }
}
