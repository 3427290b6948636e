using Monitor.Domain.Documents;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>A part as found while walking the blocks: heading as written and its narrative lines.</summary>
internal sealed record PartSection(PartNumber Number, string Heading, List<string> Lines);

/// <summary>
/// One pass over the blocks: splits narrative into preamble and parts, and groups table blocks into
/// tables 二/三/四 (by their words, else by the part they stand in; a table broken into several blocks
/// is joined back).
/// </summary>
internal sealed class DocumentLayout
{
    public List<string> Preamble { get; } = [];

    public List<string> AllText { get; } = [];

    public List<PartSection> Parts { get; } = [];

    public Dictionary<StatTableId, List<IReadOnlyList<string>>> Tables { get; } = [];

    public static DocumentLayout Read(IReadOnlyList<DocumentBlock> blocks)
    {
        var layout = new DocumentLayout();
        PartSection? current = null;
        StatTableId? lastTable = null;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TextBlock { Text: var text }:
                    if (PartHeadings.Match(text) is { } number && layout.Parts.All(p => p.Number != number))
                    {
                        current = new PartSection(number, text.Trim().Trim('#', '*', ' '), []);
                        layout.Parts.Add(current);
                        lastTable = null;
                    }
                    else
                    {
                        (current?.Lines ?? layout.Preamble).Add(text);
                    }
                    layout.AllText.Add(text);
                    break;
                case TableBlock { Rows: var rows }:
                    var id = TableKind.Recognise(rows) ?? lastTable ?? TableOfPart(current?.Number);
                    if (id is not { } tableId) break;
                    if (!layout.Tables.TryGetValue(tableId, out var existing)) layout.Tables[tableId] = existing = [];
                    existing.AddRange(rows);
                    lastTable = tableId;
                    break;
            }
        }
        return layout;
    }

    private static StatTableId? TableOfPart(PartNumber? part) => part switch
    {
        PartNumber.ProactiveDisclosure => StatTableId.Proactive,
        PartNumber.Applications => StatTableId.Applications,
        PartNumber.ReviewsAndLitigation => StatTableId.ReviewsAndLitigation,
        _ => null,
    };
}
