using Monitor.Domain.Documents;
using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Parses an extracted document into an <see cref="AnnualReport"/>: parts by heading, 总体情况 sub-parts by
/// topic, metadata from the title and opening, tables 二/三/四 by their words and row labels. Never throws
/// on bad input: what cannot be recovered is absent and, for tables, explained by a diagnostic.
/// </summary>
public static class ReportParser
{
    public static AnnualReport Parse(ExtractedDocument document)
    {
        if (!document.IsReadable)
        {
            return new AnnualReport { SourceFormat = document.Format, UnreadableReason = document.UnreadableReason };
        }
        var layout = DocumentLayout.Read(document.Blocks);
        var overview = layout.Parts.FirstOrDefault(p => p.Number == PartNumber.Overview);
        var metadata = ReportMetadata.Read(layout.Preamble, overview?.Lines ?? [], document.PageTitle);
        var narrative = string.Join("\n", layout.AllText);
        var diagnostics = new List<ParseDiagnostic>();
        var tables = new Dictionary<StatTableId, StatTable>();
        foreach (var id in new[] { StatTableId.Proactive, StatTableId.Applications, StatTableId.ReviewsAndLitigation })
        {
            var table = ReadTable(id, layout.Tables.GetValueOrDefault(id), diagnostics);
            if (table is not null) tables[id] = table;
        }
        var tableText = ChineseText.Compact(string.Concat(layout.Tables.Values.SelectMany(rows => rows).SelectMany(r => r)));
        var tablePartsText = ChineseText.Compact(string.Concat(layout.Parts
            .Where(p => p.Number is PartNumber.ProactiveDisclosure or PartNumber.Applications or PartNumber.ReviewsAndLitigation)
            .SelectMany(p => p.Lines)));
        diagnostics.AddRange(OldFormatMarkers.Find(tableText, tablePartsText));
        var period = PeriodReader.Read(narrative);
        return new AnnualReport
        {
            Title = metadata.Title,
            Issuer = metadata.Issuer,
            IssuerFromOpening = metadata.IssuerFromOpening,
            TitleYear = metadata.TitleYear,
            ReportYear = metadata.TitleYear ?? (period is { IsCalendarYear: true } ? period.Start!.Value.Year : (int?)null) ?? metadata.OpeningYear,
            Period = period,
            Preamble = string.Join("\n", layout.Preamble),
            Parts = [.. layout.Parts.Select((p, i) => new ReportPart(p.Number, p.Heading, string.Join("\n", p.Lines), i))],
            OverviewSubParts = overview is null ? [] : OverviewSubParts.Find(overview.Lines),
            Tables = tables,
            Diagnostics = diagnostics,
            FullText = narrative,
            SourceFormat = document.Format,
        };
    }

    private static StatTable? ReadTable(StatTableId id, List<IReadOnlyList<string>>? rows, List<ParseDiagnostic> diagnostics)
    {
        if (rows is null)
        {
            diagnostics.Add(new ParseDiagnostic(
                ParseDiagnosticKind.TableMissing,
                new Location(Part: id.Part().Label(), Table: id.Chinese()),
                $"{id.Chinese()}（{id.Part().Chinese()}）",
                "未找到",
                $"报告中未找到{id.Chinese()}（{id.Part().Chinese()}的统计表）。"));
            return null;
        }
        var tableDiagnostics = new TableDiagnostics(id);
        var table = id switch
        {
            StatTableId.Proactive => Table2Reader.Read(rows, tableDiagnostics),
            StatTableId.Applications => Table3Reader.Read(rows, tableDiagnostics),
            _ => Table4Reader.Read(rows, tableDiagnostics),
        };
        diagnostics.AddRange(tableDiagnostics.Items);
        return table;
    }
}
