using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Reads table 四. The format prints three header rows and one row of fifteen values (行政复议, 未经复议直接起诉,
/// 复议后起诉 × 维持, 纠正, 其他, 尚未审结, 总计); some reports print one labelled row per group instead. Values
/// split over several rows by a PDF are joined; any other count is reported (S07), not guessed.
/// </summary>
internal static class Table4Reader
{
    private const int PerGroup = 5;

    public static StatTable? Read(IReadOnlyList<IReadOnlyList<string>> rows, List<ParseDiagnostic> diagnostics)
    {
        var cells = new Dictionary<(string Row, string Column), TableCell>();
        var unlabelled = new List<string>();
        var sawTable = false;

        foreach (var row in rows)
        {
            var cellsOfRow = TableRowCells.From(row);
            sawTable |= cellsOfRow.Label.Contains("行政复议", StringComparison.Ordinal) || cellsOfRow.Label.Contains("行政诉讼", StringComparison.Ordinal);
            if (!cellsOfRow.HasValues)
            {
                continue;
            }

            var group = GroupOf(cellsOfRow.Label);
            if (group is not null && cellsOfRow.Values.Count == PerGroup)
            {
                Fill(cells, group, cellsOfRow.Values);
            }
            else
            {
                unlabelled.AddRange(cellsOfRow.Values);
            }
        }

        if (unlabelled.Count == PerGroup * Table4.Groups.Count && cells.Count == 0)
        {
            for (var g = 0; g < Table4.Groups.Count; g++)
            {
                Fill(cells, Table4.Groups[g], unlabelled.Skip(g * PerGroup).Take(PerGroup).ToList());
            }
        }
        else if (unlabelled.Count > 0 || (sawTable && cells.Count == 0))
        {
            diagnostics.Add(new ParseDiagnostic(
                ParseDiagnosticKind.TableShape,
                new Location(Part: PartNumber.ReviewsAndLitigation.Label(), Table: StatTableId.ReviewsAndLitigation.Chinese()),
                "15个数值（行政复议、未经复议直接起诉、复议后起诉各5项）",
                $"{unlabelled.Count}个数值",
                $"表四有{unlabelled.Count}个数值，与格式的15项不符，无法确定数值所属的栏目，表四未纳入核对。"));
        }

        return sawTable || cells.Count > 0 ? new StatTable(StatTableId.ReviewsAndLitigation, cells) : null;
    }

    private static void Fill(Dictionary<(string Row, string Column), TableCell> cells, string group, IReadOnlyList<string> values)
    {
        for (var i = 0; i < PerGroup; i++)
        {
            cells[(group, Table4.AllColumns[i])] = TableCell.Parse(values[i]);
        }
    }

    private static string? GroupOf(string label) =>
        label.Contains("未经复议", StringComparison.Ordinal) ? Table4.LitigationDirect
        : label.Contains("复议后", StringComparison.Ordinal) ? Table4.LitigationAfterReview
        : label.EndsWith("行政复议", StringComparison.Ordinal) || label is "行政复议" ? Table4.Review
        : null;
}
