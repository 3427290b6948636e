using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>Reads table 二 (条例 art. 20 items) by row labels; header cells are checked for wording.</summary>
internal static class Table2Reader
{
    private static readonly (string Key, string Word)[] RowWords =
    [
        (Table2.NormativeDocuments, "规范性文件"),
        (Table2.Regulations, "规章"),
        (Table2.Licensing, "行政许可"),
        (Table2.Penalty, "行政处罚"),
        (Table2.Enforcement, "行政强制"),
        (Table2.Fees, "收费"),
    ];

    private static readonly (string Key, string Word)[] ColumnWords =
    [
        (Table2.Issued, "制发"),
        (Table2.Repealed, "废止"),
        (Table2.InForce, "有效"),
        (Table2.Decisions, "处理决定"),
        (Table2.Amount, "收费金额"),
    ];

    public static StatTable Read(IReadOnlyList<IReadOnlyList<string>> rows, TableDiagnostics diagnostics)
    {
        var cells = new Dictionary<(string, string), TableCell>();
        var layout = Table2.Layout;
        foreach (var source in rows)
        {
            var row = TableRow.From(source);
            if (!row.HasValues)
            {
                CheckHeader(source, diagnostics);
                continue;
            }
            var key = RowWords.FirstOrDefault(w => row.Label.Contains(w.Word)).Key;
            if (key is null)
            {
                diagnostics.Shape(row.Label, "表二的行", row.Label, $"表二中的行“{row.Label}”不属于国家格式，其数值未纳入核对。");
                continue;
            }
            var columns = layout.ColumnsOfRow(key);
            if (row.Values.Count != columns.Count)
            {
                diagnostics.WrongValueCount([layout.RowLabel(key)], columns.Count, row.Values.Count);
                continue;
            }
            if (ChineseText.Bare(row.Label) != ChineseText.Bare(layout.RowLabel(key)))
            {
                diagnostics.Variant(row.Label, null, layout.RowLabel(key), row.Label);
            }
            for (var i = 0; i < columns.Count; i++) cells[(key, columns[i])] = row.Values[i];
        }
        foreach (var axis in layout.Rows.Where(r => !cells.Keys.Any(k => k.Item1 == r.Key)))
        {
            diagnostics.MissingRows(axis.Label, "有此行", $"表二缺少“{axis.Label}”行。");
        }
        return new StatTable(StatTableId.Proactive, cells);
    }

    private static void CheckHeader(IReadOnlyList<string> source, TableDiagnostics diagnostics)
    {
        foreach (var cell in source)
        {
            var compact = ChineseText.Compact(cell);
            if (compact.Length == 0) continue;
            var key = ColumnWords.FirstOrDefault(w => compact.Contains(w.Word)).Key;
            if (key is null) continue;
            var expected = Table2.Layout.ColumnLabel(key);
            if (ChineseText.Bare(compact) != ChineseText.Bare(expected)) diagnostics.Variant(null, expected, expected, compact);
        }
    }
}
