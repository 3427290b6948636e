using System.Text.RegularExpressions;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Reads table 三 by row labels, carrying the rowspan context: "（三）不予公开 | 1.属于国家秘密" opens group
/// （三） and the following "2.…" rows continue it. A label wrapped onto a row without values is joined to
/// the row before it, or, when the values come on the next row, lends that row its identity. Rows whose
/// value count is not 7 are left out and reported (S07): the parser never guesses which column is missing.
/// </summary>
internal static partial class Table3Reader
{
    private static readonly int Expected = Table3.AllColumns.Count;

    private static readonly (string Canonical, string[] Accepted)[] HeaderColumns =
    [
        ("自然人", ["自然人"]),
        ("商业企业", ["商业企业"]),
        ("科研机构", ["科研机构"]),
        ("社会公益组织", ["社会公益组织", "社会组织", "社会公益"]),
        ("法律服务机构", ["法律服务机构", "法律服务"]),
        ("其他", ["其他"]),
        ("总计", ["总计"]),
    ];

    public static StatTable Read(IReadOnlyList<IReadOnlyList<string>> rows, TableDiagnostics diagnostics)
    {
        var cells = new Dictionary<(string, string), TableCell>();
        var labels = new Dictionary<string, string>();
        var wrongCounts = new List<(string Label, int Count)>();
        var reported = new HashSet<string>();
        var header = new List<string>();
        string? group = null;
        string? pending = null;
        string? previous = null;
        var dataStarted = false;
        foreach (var source in rows)
        {
            var row = TableRow.From(source);
            if (row.HasValues && row.Values.Count < Expected && TableRow.WithBlankValues(source, Expected) is { } withBlanks)
            {
                row = row with { Values = withBlanks };
            }
            var identity = Identify(row, ref group);
            if (!row.HasValues)
            {
                if (identity is not null) pending = identity;
                else if (!dataStarted) header.AddRange(source);
                else if (previous is not null && labels.ContainsKey(previous)) labels[previous] += row.Label;
                continue;
            }
            dataStarted = true;
            identity ??= pending;
            pending = null;
            if (identity is null)
            {
                var name = row.Label.Length > 0 ? row.Label : "无标签的行";
                diagnostics.Shape(name, "表三的行", name, $"表三中的行“{name}”（{row.Values.Count}个数值）无法对应到国家格式的行，其数值未纳入核对。");
                previous = null;
                continue;
            }
            previous = identity;
            labels[identity] = SubLabel(row);
            reported.Add(identity);
            // A group row carrying values in place of its sub-rows is reported as missing sub-rows below.
            if (row.Values.Count != Expected && (IsCanonical(identity) || IsGroup(identity)))
            {
                wrongCounts.Add((RowName(identity, row), row.Values.Count));
                continue;
            }
            if (!IsCanonical(identity))
            {
                if (!IsGroup(identity)) diagnostics.Shape(row.Label, "表三的行", row.Label, $"表三中的行“{row.Label}”超出国家格式的细分行，其数值未纳入核对。");
                // A group row with its own values ("（六）其他处理" in a local variant of the format) is kept under the
                // group's key: when its sub-rows are absent, the result total is checked against it.
                else for (var i = 0; i < Expected; i++) cells[(identity, Table3.AllColumns[i])] = row.Values[i];
                continue;
            }
            for (var i = 0; i < Expected; i++) cells[(identity, Table3.AllColumns[i])] = row.Values[i];
        }

        var headerColumns = CheckHeader(header, diagnostics);
        foreach (var byCount in wrongCounts.GroupBy(w => w.Count))
        {
            diagnostics.WrongValueCount([.. byCount.Select(w => w.Label)], Expected, byCount.Key, headerColumns);
        }
        CheckLabels(labels, diagnostics);
        ReportMissingRows(reported, cells, diagnostics);
        return new StatTable(StatTableId.Applications, cells);
    }

    private static string? Identify(TableRow row, ref string? group)
    {
        string? identity = null;
        foreach (var label in row.Labels)
        {
            var compact = ChineseText.Compact(label);
            if (compact.Contains("本年新收")) return Table3.NewReceived;
            if (compact.Contains("上年结转")) return Table3.CarriedOver;
            if (compact.Contains("结转下年")) return Table3.CarryForward;
            var marker = GroupMarker().Match(compact);
            if (marker.Success)
            {
                switch (marker.Groups[1].Value)
                {
                    case "一": group = null; return Table3.Disclosed;
                    case "二": group = null; return Table3.PartlyDisclosed;
                    case "七": group = null; return Table3.ResultTotal;
                    default:
                        group = Table3.ResultGroups["三四五六".IndexOf(marker.Groups[1].Value, StringComparison.Ordinal)].Group;
                        identity = group;
                        continue;
                }
            }
            var number = SubNumber().Match(compact);
            if (number.Success && group is not null) return Table3.SubRow(group, number.Groups[1].Value[0] - '0');
        }
        return UnnumberedSubRow(row, group) ?? identity;
    }

    private static readonly HashSet<string> CanonicalRows = [.. Table3.Layout.Rows.Select(r => r.Key)];

    private static readonly Dictionary<string, string> BareCanonicalLabels =
        Table3.Layout.Rows.ToDictionary(r => r.Key, r => ChineseText.Bare(CanonicalLabel(r.Key)));

    /// <summary>
    /// A sub-row whose "1." numbering was lost (HTML tables often drop it) is known by its full wording
    /// within its group; a fragment is not enough, so wrapped labels still join their neighbours.
    /// </summary>
    private static string? UnnumberedSubRow(TableRow row, string? group)
    {
        if (group is null || !row.HasValues || row.Labels.Count == 0) return null;
        var bare = ChineseText.Bare(row.Labels[^1]);
        var count = Table3.ResultGroups.First(g => g.Group == group).Count;
        for (var n = 1; n <= count; n++)
        {
            var key = Table3.SubRow(group, n);
            var core = BareCanonicalLabels[key][1..];
            if (core.Length >= 2 && (bare == core || (core.Length >= 4 && bare.Contains(core)))) return key;
        }
        return null;
    }

    private static bool IsCanonical(string key) => CanonicalRows.Contains(key);

    private static bool IsGroup(string key) => Table3.ResultGroups.Any(g => g.Group == key);

    private static string RowName(string key, TableRow row) =>
        IsCanonical(key) ? Table3.Layout.RowLabel(key) : "三、本年度办理结果" + Table3.ResultGroups.First(g => g.Group == key).Label;

    /// <summary>The label cell that names the row itself (the numbered cell for sub-rows).</summary>
    private static string SubLabel(TableRow row)
    {
        var numbered = row.Labels.LastOrDefault(l => SubNumber().IsMatch(ChineseText.Compact(l)));
        return ChineseText.Compact(numbered ?? string.Concat(row.Labels));
    }

    private static int CheckHeader(List<string> header, TableDiagnostics diagnostics)
    {
        var text = ChineseText.Compact(string.Concat(header));
        var count = 0;
        foreach (var (canonical, accepted) in HeaderColumns)
        {
            var found = accepted.FirstOrDefault(text.Contains);
            if (found is null) continue;
            count++;
            if (found == "社会组织") diagnostics.Variant(null, canonical, canonical, found);
        }
        return count;
    }

    private static void CheckLabels(Dictionary<string, string> labels, TableDiagnostics diagnostics)
    {
        foreach (var (key, label) in labels)
        {
            if (!IsCanonical(key) || key is Table3.Disclosed or Table3.PartlyDisclosed or Table3.ResultTotal) continue;
            if (!ChineseText.Bare(label).Contains(BareCanonicalLabels[key])) diagnostics.Variant(Table3.Layout.RowLabel(key), null, CanonicalLabel(key), label);
        }
    }

    private static string CanonicalLabel(string key)
    {
        var full = Table3.Layout.RowLabel(key);
        if (key == Table3.NewReceived) return "本年新收政府信息公开申请数量";
        if (key == Table3.CarriedOver) return "上年结转政府信息公开申请数量";
        if (key == Table3.CarryForward) return "结转下年度继续办理";
        var number = key[(key.LastIndexOf('-') + 1)..];
        var index = full.LastIndexOf(number + ".", StringComparison.Ordinal);
        return index >= 0 ? full[index..] : full;
    }

    private static void ReportMissingRows(HashSet<string> reported, Dictionary<(string, string), TableCell> cells, TableDiagnostics diagnostics)
    {
        foreach (var key in new[] { Table3.NewReceived, Table3.CarriedOver, Table3.Disclosed, Table3.PartlyDisclosed, Table3.ResultTotal, Table3.CarryForward })
        {
            if (!reported.Contains(key)) diagnostics.MissingRows(Table3.Layout.RowLabel(key), "有此行", $"表三缺少“{Table3.Layout.RowLabel(key)}”行。");
        }
        foreach (var (group, label, count) in Table3.ResultGroups)
        {
            var missing = Enumerable.Range(1, count).Where(n => !reported.Contains(Table3.SubRow(group, n))).ToList();
            if (missing.Count == 0) continue;
            if (missing.Count == count && cells.ContainsKey((group, Table3.Total)))
            {
                diagnostics.GroupWithoutSubRows($"三、本年度办理结果{label}", $"{label}下有{count}个细分行",
                    $"表三“{label}”只填了一行合计，未按国家格式分列{count}个细分行（地方格式变体）；总计按该行核对。");
                continue;
            }
            var rows = missing.Count == count ? $"1–{count}" : string.Join("、", missing);
            diagnostics.MissingRows($"三、本年度办理结果{label}", $"{label}下有{count}个细分行",
                $"表三“{label}”缺少细分行{rows}（格式要求{count}行），相应数值无法核对。");
        }
    }

    [GeneratedRegex(@"^（([一二三四五六七])）")]
    private static partial Regex GroupMarker();

    [GeneratedRegex(@"^([1-9])[.、]")]
    private static partial Regex SubNumber();
}
