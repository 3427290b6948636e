using System.Globalization;
using System.Text.RegularExpressions;
using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Reads table 三 by row labels, never by position: "(三)不予公开 | 1.属于国家秘密" opens group (三) and the
/// following "2.…" rows continue it; a label wrapped onto a row without values joins the next row. A row whose
/// value count is not the format's seven is left out and reported (S07) rather than guessed.
/// </summary>
internal static partial class Table3Reader
{
    private const int ValueColumns = 7;

    private static readonly (string Word, string Group)[] GroupWords =
    [
        ("不予公开", "withheld"), ("无法提供", "unavailable"), ("不予处理", "not-processed"), ("其他处理", "other-handling"),
    ];

    private static readonly string[] HeaderWords = ["申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "公益", "法律服务", "勾稽关系", "总计"];

    public static StatTable? Read(IReadOnlyList<IReadOnlyList<string>> rows, List<ParseDiagnostic> diagnostics)
    {
        var cells = new Dictionary<(string Row, string Column), TableCell>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var wrongCounts = new List<(string Label, int Count)>();
        var groupsWithoutSubRows = new List<string>();
        string? group = null;
        var pending = string.Empty;

        foreach (var row in rows)
        {
            var cellsOfRow = TableRowCells.From(row);
            if (!cellsOfRow.HasValues)
            {
                pending = IsHeader(cellsOfRow.Label) ? string.Empty : pending + cellsOfRow.Label;
                group = GroupOf(cellsOfRow.Label) ?? group;
                continue;
            }

            var label = cellsOfRow.Label;
            if (label.Length == 0 || (KeyOf(label, GroupOf(label) ?? group) is null && GroupOf(label) is null))
            {
                label = pending + label;
            }

            pending = string.Empty;
            var groupNamed = GroupOf(label);
            if (groupNamed is not null)
            {
                group = groupNamed;
            }

            var key = KeyOf(label, group);
            if (key is Table3.ResultTotal or Table3.CarryForward or Table3.NewReceived or Table3.CarriedOver or Table3.Disclosed or Table3.PartlyDisclosed)
            {
                group = null;
            }

            if (key is null)
            {
                if (groupNamed is not null && SubRowNumber(label) is null)
                {
                    groupsWithoutSubRows.Add(ShortLabel(label));
                    wrongCounts.AddRange(cellsOfRow.Values.Count == ValueColumns ? [] : [(ShortLabel(label), cellsOfRow.Values.Count)]);
                    seen.Add(groupNamed);
                }

                continue;
            }

            seen.Add(key);
            if (cellsOfRow.Values.Count != ValueColumns)
            {
                wrongCounts.Add((Table3.Layout.RowLabel(key), cellsOfRow.Values.Count));
                continue;
            }

            for (var i = 0; i < ValueColumns; i++)
            {
                cells[(key, Table3.AllColumns[i])] = TableCell.Parse(cellsOfRow.Values[i]);
            }
        }

        if (seen.Count == 0)
        {
            return null;
        }

        ReportWrongCounts(wrongCounts, diagnostics);
        ReportMissingRows(seen, groupsWithoutSubRows, diagnostics);
        return new StatTable(StatTableId.Applications, cells);
    }

    private static void ReportWrongCounts(List<(string Label, int Count)> wrongCounts, List<ParseDiagnostic> diagnostics)
    {
        foreach (var byCount in wrongCounts.GroupBy(w => w.Count))
        {
            var labels = byCount.Select(w => w.Label).ToList();
            var named = string.Join("、", labels.Take(4)) + (labels.Count > 4 ? $"等{labels.Count}行" : string.Empty);
            diagnostics.Add(new ParseDiagnostic(
                ParseDiagnosticKind.TableShape,
                new Location(Part: PartNumber.Applications.Label(), Table: StatTableId.Applications.Chinese(), Row: labels.Count == 1 ? labels[0] : null),
                $"每行{ValueColumns}个数值（6类申请人及总计）",
                $"{byCount.Key}个数值",
                $"表三{named}有{byCount.Key}个数值，与格式的{ValueColumns}列不符，无法确定数值所属的列，这些行未纳入核对。"));
        }
    }

    private static void ReportMissingRows(HashSet<string> seen, List<string> groupsWithoutSubRows, List<ParseDiagnostic> diagnostics)
    {
        foreach (var (_, groupLabel, _) in Table3.ResultGroups.Where(g => groupsWithoutSubRows.Any(label => label.Contains(g.Label[3..], StringComparison.Ordinal))))
        {
            diagnostics.Add(new ParseDiagnostic(
                ParseDiagnosticKind.TableShape,
                new Location(Part: PartNumber.Applications.Label(), Table: StatTableId.Applications.Chinese(), Row: groupLabel),
                $"{groupLabel}下分列各子项",
                "只有一行合计，没有子项",
                $"表三{groupLabel}没有按格式分列子项，无法核对其各项数值。"));
        }

        var missing = Table3.Rows
            .Where(row => !seen.Contains(row.Key) && !groupsWithoutSubRows.Any(label => GroupOf(label) is { } g && row.Key.StartsWith(g + "-", StringComparison.Ordinal)))
            .Select(row => row.Label)
            .ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(new ParseDiagnostic(
                ParseDiagnosticKind.TableShape,
                new Location(Part: PartNumber.Applications.Label(), Table: StatTableId.Applications.Chinese()),
                "格式规定的全部行",
                $"缺少{missing.Count}行",
                $"表三缺少以下行：{string.Join("；", missing.Take(6))}{(missing.Count > 6 ? "等" : string.Empty)}。"));
        }
    }

    internal static string? KeyOf(string label, string? group)
    {
        if (label.Contains("本年新收", StringComparison.Ordinal))
        {
            return Table3.NewReceived;
        }

        if (label.Contains("上年结转", StringComparison.Ordinal))
        {
            return Table3.CarriedOver;
        }

        if (label.Contains("结转下年度", StringComparison.Ordinal) || label.Contains("继续办理", StringComparison.Ordinal))
        {
            return Table3.CarryForward;
        }

        if (label.Contains("予以公开", StringComparison.Ordinal))
        {
            return Table3.Disclosed;
        }

        if (label.Contains("部分公开", StringComparison.Ordinal))
        {
            return Table3.PartlyDisclosed;
        }

        if (label.Contains("总计", StringComparison.Ordinal))
        {
            return Table3.ResultTotal;
        }

        var number = SubRowNumber(label);
        var groupSpec = Table3.ResultGroups.FirstOrDefault(g => g.Group == group);
        return number is { } n && groupSpec.Group is not null && n >= 1 && n <= groupSpec.Count ? Table3.SubRow(groupSpec.Group, n) : null;
    }

    private static string? GroupOf(string label)
    {
        foreach (var (word, group) in GroupWords)
        {
            if (label.Contains(word, StringComparison.Ordinal))
            {
                return group;
            }
        }

        return null;
    }

    private static int? SubRowNumber(string label)
    {
        var match = SubRowPrefix().Match(label);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static bool IsHeader(string label) => HeaderWords.Any(word => label.Contains(word, StringComparison.Ordinal));

    private static string ShortLabel(string label) => label.Length <= 20 ? label : label[..20] + "…";

    [GeneratedRegex(@"(?<![\d])(\d{1,2})[.、]")]
    private static partial Regex SubRowPrefix();
}
