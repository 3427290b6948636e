using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;

namespace Monitor.Domain.Tests.Rules;

/// <summary>Builds reports and tables from inline data for rule tests, and flattens findings for assertions.</summary>
internal static class TestReports
{
    /// <summary>
    /// A table from tab-separated lines "rowKey\tv1\tv2…" whose values fill the row's layout columns in order;
    /// "~" leaves a cell absent, anything else is parsed as written ("/" and "" stay non-numeric).
    /// </summary>
    public static StatTable Table(StatTableId id, string lines)
    {
        var layout = TableLayout.For(id);
        var cells = new List<KeyValuePair<(string, string), TableCell>>();
        foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            var columns = layout.ColumnsOfRow(fields[0]);
            for (var i = 1; i < fields.Length && i - 1 < columns.Count; i++)
            {
                if (fields[i] == "~") continue;
                cells.Add(new((fields[0], columns[i - 1]), TableCell.Parse(fields[i])));
            }
        }
        return new StatTable(id, cells);
    }

    /// <summary>A table with every layout cell set to zero, then the given overrides.</summary>
    public static StatTable Zeros(StatTableId id, params (string Row, string Column, decimal Value)[] overrides)
    {
        var layout = TableLayout.For(id);
        var cells = layout.Rows.SelectMany(r => layout.ColumnsOfRow(r.Key).Select(c => (r.Key, c)))
            .ToDictionary(k => k, _ => TableCell.Number(0));
        foreach (var (row, column, value) in overrides) cells[(row, column)] = TableCell.Number(value);
        return new StatTable(id, cells);
    }

    public static AnnualReport With(params StatTable[] tables) =>
        new() { Tables = tables.ToDictionary(t => t.Id) };

    public static AnnualReport Prose(params (PartNumber Part, string Text)[] parts) => new()
    {
        Parts = [.. parts.Select((p, i) => new ReportPart(p.Part, p.Part.Chinese(), p.Text, i))],
        FullText = string.Join("\n", parts.Select(p => p.Text)),
    };

    public static IReadOnlyList<Finding> Run(ReportRule rule, ReportContext context)
    {
        var evaluation = rule.Evaluate(context);
        Assert.Null(evaluation.SkippedBecause);
        return evaluation.Findings;
    }

    public static IReadOnlyList<Finding> Run(ReportRule rule, AnnualReport report) => Run(rule, new ReportContext(report));

    public static (string Rule, string Where)[] Flat(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => (f.RuleId, f.Location.Describe()))];
}
