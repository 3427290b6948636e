using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules.Narrative.Statements;
using Monitor.Domain.Rules.Tables;

namespace Monitor.Domain.Rules.Narrative;

/// <summary>
/// The narrative's count of 行政复议/行政诉讼 cases (or "无…") differs from table 四's totals. Certainty: certain;
/// the statement names its kind of case and is compared with that total only (a table with blank cells makes it
/// uncertain, see <see cref="ReportValidator"/>).
/// </summary>
public sealed class N02ReviewLitigationFiguresRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "N02", "正文所述行政复议、行政诉讼数量与表四不符", Severity.Error,
        "《中华人民共和国政府信息公开条例》第五十条第（三）项；国办公开办函〔2021〕30号 表四",
        "narrative", "table-4")
    {
        CertaintyNote = "确定：表述写明复议或诉讼，只与表四对应总计核对；表四有空白格时为需人工核实。",
    };

    private static readonly string[] LitigationGroups = [Table4.LitigationDirect, Table4.LitigationAfterReview];

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.Report.Table(StatTableId.ReviewsAndLitigation) is not { } table) yield break;
        foreach (var sentence in NarrativeText.Of(context.Report).Sentences)
        {
            // Outside part 四 a count of cases may be about other matters (a county's legal affairs); only
            // sentences about disclosure are compared there.
            if (sentence.Part != PartNumber.ReviewsAndLitigation && !sentence.Text.Contains("公开", StringComparison.Ordinal)) continue;
            foreach (var statement in CaseStatements.In(sentence.Text).Distinct())
            {
                var isReview = statement.Kind == CaseKind.Review;
                var value = isReview ? table.Value(Table4.Review, Table4.Total) : table.SumRows(LitigationGroups, Table4.Total);
                if (value is not { } tableValue || tableValue == statement.Count) continue;
                var what = isReview ? "行政复议" : "行政诉讼";
                var where = isReview ? "“行政复议”总计" : "“行政诉讼”两组总计之和";
                yield return Found(Location.InPart(sentence.PartLabel, statement.Text), $"{TableSums.Show(tableValue)}件", $"{TableSums.Show(statement.Count)}件",
                    $"正文“{statement.Text}”表明{what}为{TableSums.Show(statement.Count)}件，表四{where}为{TableSums.Show(tableValue)}件。");
            }
        }
    }
}
