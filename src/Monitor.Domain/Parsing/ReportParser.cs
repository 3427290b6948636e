using Monitor.Domain.Documents;
using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Parses an extracted document into an <see cref="AnnualReport"/>: metadata, the six parts, the 总体情况
/// topics and tables 二/三/四 by canonical keys. Never throws on odd input; what it cannot recover it records
/// as <see cref="ParseDiagnostic"/>s.
/// </summary>
public static class ReportParser
{
    public static AnnualReport Parse(ExtractedDocument document)
    {
        if (!document.IsReadable)
        {
            return new AnnualReport { SourceFormat = document.Format, UnreadableReason = document.UnreadableReason, Title = document.PageTitle };
        }

        var outline = DocumentOutline.Build(document.Blocks);
        var diagnostics = new List<ParseDiagnostic>();
        var tables = new Dictionary<StatTableId, StatTable>();

        AddTable(tables, StatTableId.Proactive, Table2Reader.Read(outline.TableRows(StatTableId.Proactive), diagnostics));
        AddTable(tables, StatTableId.Applications, Table3Reader.Read(outline.TableRows(StatTableId.Applications), diagnostics));
        AddTable(tables, StatTableId.ReviewsAndLitigation, Table4Reader.Read(outline.TableRows(StatTableId.ReviewsAndLitigation), diagnostics));

        var fullText = string.Join('\n', outline.Lines.Select(line => line.Text));
        var looksLikeReport = outline.Parts.Count > 0 || tables.Count > 0;
        if (looksLikeReport)
        {
            foreach (var missing in Enum.GetValues<StatTableId>().Where(id => !tables.ContainsKey(id)))
            {
                diagnostics.Add(new ParseDiagnostic(
                    ParseDiagnosticKind.TableMissing,
                    new Location(Part: missing.Part().Label(), Table: missing.Chinese()),
                    $"{missing.Chinese()}（{missing.Part().Chinese()[2..]}）",
                    "未找到",
                    $"报告中未找到{missing.Chinese()}（{missing.Part().Chinese()[2..]}）。"));
            }
        }

        OldFormatDetector.Detect(ChineseText.Compact(fullText + string.Concat(outline.AllTableCells())), diagnostics);

        var title = ReportMetadataReader.ReadTitle(outline.PreambleLines, document.PageTitle);
        var (issuer, year) = ReportMetadataReader.ReadIssuerAndYear(title);
        return new AnnualReport
        {
            Title = title,
            Issuer = issuer,
            TitleYear = year,
            Period = ReportMetadataReader.ReadPeriod(fullText),
            Preamble = string.Join('\n', outline.PreambleLines),
            Parts = outline.Parts,
            OverviewSubParts = outline.OverviewSubParts,
            Tables = tables,
            Diagnostics = diagnostics,
            FullText = fullText,
            SourceFormat = document.Format,
        };
    }

    private static void AddTable(Dictionary<StatTableId, StatTable> tables, StatTableId id, StatTable? table)
    {
        if (table is not null)
        {
            tables[id] = table;
        }
    }
}
