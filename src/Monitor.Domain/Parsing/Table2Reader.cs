using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Reads table 二 (条例第二十条 items) by row label. Header wording that differs from the format
/// ("本年制发件" for 本年制发件数, "现有有效件" for 现行有效件数) is recorded for S08.
/// </summary>
internal static class Table2Reader
{
    private static readonly (string Canonical, string Cue)[] HeaderLabels =
    [
        ("本年制发件数", "制发"), ("本年废止件数", "废止"), ("现行有效件数", "有效"),
        ("本年处理决定数量", "处理决定"), ("本年收费金额(单位:万元)", "收费金额"),
    ];

    public static StatTable? Read(IReadOnlyList<IReadOnlyList<string>> rows, List<ParseDiagnostic> diagnostics)
    {
        var cells = new Dictionary<(string Row, string Column), TableCell>();
        var found = false;
        var variants = new HashSet<string>(StringComparer.Ordinal);

        foreach (var row in rows)
        {
            var cellsOfRow = TableRowCells.From(row);
            if (!cellsOfRow.HasValues)
            {
                foreach (var cell in row)
                {
                    NoteHeaderVariant(ChineseText.Compact(cell), variants, diagnostics);
                }

                continue;
            }

            var key = KeyOf(cellsOfRow.Label);
            if (key is null)
            {
                continue;
            }

            found = true;
            var columns = Table2.Layout.ColumnsOfRow(key);
            if (cellsOfRow.Values.Count != columns.Count)
            {
                diagnostics.Add(new ParseDiagnostic(
                    ParseDiagnosticKind.TableShape,
                    Table2Location(key),
                    $"{columns.Count}个数值",
                    $"{cellsOfRow.Values.Count}个数值",
                    $"表二“{Table2.Layout.RowLabel(key)}”一行有{cellsOfRow.Values.Count}个数值，应为{columns.Count}个，该行未纳入核对。"));
                continue;
            }

            for (var i = 0; i < columns.Count; i++)
            {
                cells[(key, columns[i])] = TableCell.Parse(cellsOfRow.Values[i]);
            }
        }

        return found ? new StatTable(StatTableId.Proactive, cells) : null;
    }

    private static Location Table2Location(string key) =>
        new(Part: PartNumber.ProactiveDisclosure.Label(), Table: StatTableId.Proactive.Chinese(), Row: Table2.Layout.RowLabel(key));

    private static void NoteHeaderVariant(string header, HashSet<string> variants, List<ParseDiagnostic> diagnostics)
    {
        if (header.Length is 0 or > 20)
        {
            return;
        }

        foreach (var (canonical, cue) in HeaderLabels)
        {
            if (header.Contains(cue, StringComparison.Ordinal) && header != canonical && variants.Add(header))
            {
                diagnostics.Add(new ParseDiagnostic(
                    ParseDiagnosticKind.LabelVariant,
                    new Location(Part: PartNumber.ProactiveDisclosure.Label(), Table: StatTableId.Proactive.Chinese(), Column: header),
                    canonical,
                    header,
                    $"表二栏目名称“{header}”与格式规定的“{canonical}”不一致。"));
            }
        }
    }

    internal static string? KeyOf(string label)
    {
        if (label.Contains("规范性文件", StringComparison.Ordinal))
        {
            return Table2.NormativeDocuments;
        }

        if (label.Contains("规章", StringComparison.Ordinal))
        {
            return Table2.Regulations;
        }

        if (label.Contains("行政许可", StringComparison.Ordinal))
        {
            return Table2.Licensing;
        }

        if (label.Contains("行政处罚", StringComparison.Ordinal))
        {
            return Table2.Penalty;
        }

        if (label.Contains("行政强制", StringComparison.Ordinal))
        {
            return Table2.Enforcement;
        }

        return label.Contains("收费", StringComparison.Ordinal) ? Table2.Fees : null;
    }
}
