using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Tables;

/// <summary>行政规范性文件 现行有效 should be last year's 现行有效 + 本年制发 − 本年废止.</summary>
public sealed class T09NormativeDocumentsInForceRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "T09", "行政规范性文件现行有效件数与上年数据推算不符", Severity.Info,
        "国办公开办函〔2021〕30号（表二 第二十条第（一）项 行政规范性文件）",
        "table-2", "context:previous-year");

    protected override string? MissingContext(ReportContext context) =>
        context.PreviousYear is null ? "缺少该单位上一年度的报告，无法推算现行有效件数。" : null;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.Report.Table(StatTableId.Proactive) is not { } table
            || context.PreviousYear?.Table(StatTableId.Proactive) is not { } previous) yield break;
        const string row = Table2.NormativeDocuments;
        if (previous.Value(row, Table2.InForce) is not { } before
            || table.Value(row, Table2.Issued) is not { } issued
            || table.Value(row, Table2.Repealed) is not { } repealed
            || table.Value(row, Table2.InForce) is not { } inForce) yield break;
        var expected = before + issued - repealed;
        if (expected == inForce) yield break;
        yield return Found(table.LocationOf(row, Table2.InForce), TableSums.Show(expected), TableSums.Show(inForce),
            $"上年现行有效{TableSums.Show(before)}件，本年制发{TableSums.Show(issued)}件、废止{TableSums.Show(repealed)}件，推算现行有效应为{TableSums.Show(expected)}件，表二填报{TableSums.Show(inForce)}件。");
    }
}
