using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Reads table 四: header rows, then 15 values (3 groups × 5 columns). The header words are often split
/// over rows ("结果\t结果" / "维持\t纠正"), so only the values are positional; PDF copies that spread the
/// 15 values over several rows are joined in reading order.
/// </summary>
internal static class Table4Reader
{
    private static readonly int Expected = Table4.Groups.Count * Table4.AllColumns.Count;

    public static StatTable Read(IReadOnlyList<IReadOnlyList<string>> rows, TableDiagnostics diagnostics)
    {
        var values = rows.Select(TableRow.From).Where(r => r.HasValues).SelectMany(r => r.Values).ToList();
        var cells = new Dictionary<(string, string), TableCell>();
        if (values.Count != Expected)
        {
            diagnostics.Shape(null, $"{Expected}个数值", $"{values.Count}个数值",
                $"表四应有{Expected}个数值（行政复议、未经复议直接起诉、复议后起诉各5列），实有{values.Count}个，无法确定数值所属的列，表四未纳入核对。");
            return new StatTable(StatTableId.ReviewsAndLitigation, cells);
        }
        var index = 0;
        foreach (var group in Table4.Groups)
        {
            foreach (var column in Table4.AllColumns) cells[(group, column)] = values[index++];
        }
        return new StatTable(StatTableId.ReviewsAndLitigation, cells);
    }
}
