using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Narrative.Statements;
using Monitor.Domain.Rules.Tables;

namespace Monitor.Domain.Rules.Narrative;

/// <summary>
/// The narrative's count of 行政处罚, 行政强制, 行政许可 or 行政规范性文件 differs from table 二. Certainty: certain for
/// flows (decisions, documents issued or repealed this year); a 现行有效 count is a stock, which the text may give at
/// another date ("现行有效210件…本年制发35件" against 245 at year end): it is accepted when this year's issued and
/// repealed documents explain the difference, and otherwise uncertain.
/// </summary>
public sealed class N03ProactiveItemFiguresRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "N03", "正文所述行政处罚、行政强制、行政许可或规范性文件数量与表二不符", Severity.Warning,
        "《中华人民共和国政府信息公开条例》第二十条、第五十条第（一）项；国办公开办函〔2021〕30号 表二",
        "narrative", "table-2")
    {
        CertaintyNote = "确定：处理决定和本年制发、废止的件数；“现行有效”是存量，正文所述可能是另一时点的数量，本年制发、废止不能解释差额时为需人工核实。",
    };

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.Report.Table(StatTableId.Proactive) is not { } table) yield break;
        // A 2019-format 表二 has other columns (no 本年废止): its cells are not those of the current layout.
        if (OlderFormat.HasOlderTables(context.Report)) yield break;
        foreach (var sentence in NarrativeText.Of(context.Report).Sentences)
        {
            foreach (var statement in ProactiveItemStatements.In(sentence.Text).Distinct())
            {
                if (table.Cell(statement.Row, statement.Column) is not { Value: { } value } || value == statement.Count) continue;
                var isStock = statement.Column == Table2.InForce;
                if (isStock && StockExplainedByFlows(table, statement.Row, statement.Count, value)) continue;
                var label = $"“{table.Layout.RowLabel(statement.Row)}”“{table.Layout.ColumnLabel(statement.Column)}”";
                var finding = Found(Location.InPart(sentence.PartLabel, statement.Text), TableSums.Show(value), TableSums.Show(statement.Count),
                    $"正文“{statement.Text}”为{TableSums.Show(statement.Count)}，表二{label}为{TableSums.Show(value)}。");
                yield return isStock ? finding.Uncertain("“现行有效”是存量，正文所述可能是另一时点（如年初或清理后）的数量，须人工核实。") : finding;
            }
        }
    }

    private static bool StockExplainedByFlows(StatTable table, string row, decimal stated, decimal inForce)
    {
        var issued = table.Value(row, Table2.Issued) ?? 0;
        var repealed = table.Value(row, Table2.Repealed) ?? 0;
        return stated + issued == inForce || stated + issued - repealed == inForce || stated - repealed == inForce;
    }
}
