using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>Collects the diagnostics of one table with their Chinese wording.</summary>
internal sealed class TableDiagnostics(StatTableId table)
{
    public List<ParseDiagnostic> Items { get; } = [];

    private Location At(string? row, string? column = null) =>
        new(Part: table.Part().Label(), Table: table.Chinese(), Row: row, Column: column);

    public void WrongValueCount(IReadOnlyList<string> rows, int expected, int found, int? headerColumns = null)
    {
        var named = rows.Count <= 3 ? string.Join("、", rows) : $"{string.Join("、", rows.Take(3))}等{rows.Count}行";
        var header = headerColumns is > 0 ? $"表头列出{headerColumns}列，" : "";
        Items.Add(new ParseDiagnostic(
            ParseDiagnosticKind.TableShape,
            At(named),
            $"{expected}个数值",
            $"{found}个数值",
            $"{table.Chinese()}中{named}{(rows.Count > 1 ? "各" : "")}有{found}个数值，应为{expected}个（{header}每行应有{expected}个数值）；无法确定数值所属的列，这些行未纳入核对。"));
    }

    public void MissingRows(string row, string expected, string message) =>
        Items.Add(new ParseDiagnostic(ParseDiagnosticKind.TableShape, At(row), expected, "缺失", message));

    /// <summary>A group given as one row where the format splits it (a local variant): a warning, the arithmetic runs on the group.</summary>
    public void GroupWithoutSubRows(string row, string expected, string message) =>
        Items.Add(new ParseDiagnostic(ParseDiagnosticKind.TableShape, At(row), expected, "仅有合计行", message, Severity.Warning));

    public void Shape(string? row, string expected, string found, string message) =>
        Items.Add(new ParseDiagnostic(ParseDiagnosticKind.TableShape, At(row), expected, found, message));

    public void Variant(string? row, string? column, string expected, string found)
    {
        if (Items.Any(d => d.Kind == ParseDiagnosticKind.LabelVariant && d.Expected == expected && d.Found == found)) return;
        Items.Add(new ParseDiagnostic(
            ParseDiagnosticKind.LabelVariant,
            At(row, column),
            expected,
            found,
            $"{table.Chinese()}的标签“{found}”与国家格式的“{expected}”表述不同。"));
    }
}
