using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Structure;

/// <summary>The parts found must follow the format's order 一 to 六.</summary>
public sealed class S02PartOrderRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "S02", "报告各部分顺序错乱", Severity.Warning,
        "国办公开办函〔2021〕30号（年度报告格式）", "structure", "parts");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var found = context.Report.Parts.OrderBy(p => p.Order).Select(p => p.Number).ToList();
        var expected = found.Order().ToList();
        if (found.SequenceEqual(expected)) yield break;
        yield return Found(Location.Document, Describe(expected), Describe(found),
            $"报告各部分顺序与格式不符：实际顺序为{Describe(found)}，应为{Describe(expected)}。");
    }

    private static string Describe(IEnumerable<PartNumber> parts) => string.Join("、", parts.Select(p => p.Label()));
}
