using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Narrative.Statements;
using Monitor.Domain.Rules.Tables;

namespace Monitor.Domain.Rules.Narrative;

/// <summary>
/// The narrative's count of applications received or of a handling result differs from table 三. A combined
/// statement ("予以公开及部分公开30件") is compared with the sum of its rows. Certainty: certain; each statement
/// names its row(s) unambiguously, and readings that could differ ("共受理" with or without carried-over ones)
/// are accepted either way; uncertain when an office counts on behalf of its body ("区政府办代表区政府受理"), whose
/// share may be smaller than the table's scope.
/// </summary>
public sealed class N01ApplicationFiguresRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "N01", "正文所述政府信息公开申请数量与表三不符", Severity.Error,
        "《中华人民共和国政府信息公开条例》第五十条第（二）项；国办公开办函〔2021〕30号 表三",
        "narrative", "table-3")
    {
        CertaintyNote = "确定：每句表述对应表三的具体行（“予以公开及部分公开”按两行之和核对），“共受理”含或不含上年结转两种读法都接受；某一机构“代表”本机关受理的数量、或表三有空白格时为需人工核实。",
    };

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.Report.Table(StatTableId.Applications) is not { } table) yield break;
        foreach (var sentence in NarrativeText.Of(context.Report).Sentences)
        {
            foreach (var statement in ApplicationStatements.In(sentence.Text).Distinct())
            {
                var row = RowsOf(statement.Figure).Row;
                IReadOnlyList<string> rows = [.. statement.Figures.SelectMany(f => RowsOf(f).Rows).Distinct()];
                if (table.SumRows(rows, Table3.Total) is not { } value || value == statement.Count) continue;
                // "共受理…申请N件" may include last year's carried-over applications: accept either reading.
                if (statement.Figure == ApplicationFigure.Received
                    && table.SumRows([Table3.NewReceived, Table3.CarriedOver], Table3.Total) == statement.Count) continue;
                var label = string.Join("与", statement.Figures.Select(f => table.Layout.RowLabel(RowsOf(f).Row)));
                var finding = Found(Location.InPart(sentence.PartLabel, statement.Text), TableSums.Show(value), TableSums.Show(statement.Count),
                    $"正文“{statement.Text}”为{TableSums.Show(statement.Count)}件，表三“{label}”总计为{TableSums.Show(value)}件。");
                // "区政府办代表区政府受理…17件": an office counting for its government may count only its own share.
                yield return sentence.Text.Contains("代表", StringComparison.Ordinal)
                    ? finding.Uncertain("正文所述是某一机构代表本机关受理的数量，可能只是表三所统计范围的一部分，须人工核实。")
                    : finding;
            }
        }
    }

    private static (string Row, IReadOnlyList<string> Rows) RowsOf(ApplicationFigure figure) => figure switch
    {
        ApplicationFigure.Received => (Table3.NewReceived, [Table3.NewReceived]),
        ApplicationFigure.CarriedOver => (Table3.CarriedOver, [Table3.CarriedOver]),
        ApplicationFigure.Disclosed => (Table3.Disclosed, [Table3.Disclosed]),
        ApplicationFigure.PartlyDisclosed => (Table3.PartlyDisclosed, [Table3.PartlyDisclosed]),
        ApplicationFigure.Withheld => GroupRows(0),
        ApplicationFigure.Unavailable => GroupRows(1),
        ApplicationFigure.NotProcessed => GroupRows(2),
        _ => (Table3.CarryForward, [Table3.CarryForward]),
    };

    private static (string Row, IReadOnlyList<string> Rows) GroupRows(int index)
    {
        var (group, _, count) = Table3.ResultGroups[index];
        return (Table3.SubRow(group, 1), [.. Enumerable.Range(1, count).Select(n => Table3.SubRow(group, n))]);
    }
}
