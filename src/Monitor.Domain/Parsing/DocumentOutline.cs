using Monitor.Domain.Documents;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// The reading-order skeleton of a report: narrative lines with the part they fall in, the parts and 总体情况
/// topics found, and the table blocks assigned to tables 二/三/四 by what they contain (falling back on the part
/// they sit in), so a table printed in the wrong part is still read as itself.
/// </summary>
internal sealed class DocumentOutline
{
    private static readonly Dictionary<StatTableId, string[]> TableCues = new()
    {
        [StatTableId.Proactive] = ["规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费", "第二十条"],
        [StatTableId.Applications] = ["本年新收", "上年结转", "予以公开", "不予公开", "无法提供", "不予处理", "办理结果"],
        [StatTableId.ReviewsAndLitigation] = ["行政复议", "行政诉讼", "复议后起诉", "未经复议", "尚未审结"],
    };

    private readonly Dictionary<StatTableId, List<IReadOnlyList<string>>> tableRows = new()
    {
        [StatTableId.Proactive] = [],
        [StatTableId.Applications] = [],
        [StatTableId.ReviewsAndLitigation] = [],
    };

    private readonly List<TableBlock> allTables = [];

    public List<(string Text, PartNumber? Part)> Lines { get; } = [];

    public List<string> PreambleLines { get; } = [];

    public List<ReportPart> Parts { get; } = [];

    public List<OverviewSubPart> OverviewSubParts { get; } = [];

    public IReadOnlyList<IReadOnlyList<string>> TableRows(StatTableId id) => tableRows[id];

    public IEnumerable<string> AllTableCells() => allTables.SelectMany(t => t.Rows).SelectMany(r => r);

    public static DocumentOutline Build(IReadOnlyList<DocumentBlock> blocks)
    {
        var outline = new DocumentOutline();
        var partLines = new List<string>();
        (PartNumber Number, string Heading)? current = null;
        (OverviewTopic Topic, string Heading, List<string> Lines)? topic = null;

        void ClosePart()
        {
            CloseTopic();
            if (current is { } part && outline.Parts.All(p => p.Number != part.Number))
            {
                outline.Parts.Add(new ReportPart(part.Number, part.Heading, string.Join('\n', partLines), outline.Parts.Count));
            }

            partLines.Clear();
        }

        void CloseTopic()
        {
            if (topic is { } open && outline.OverviewSubParts.All(s => s.Topic != open.Topic))
            {
                outline.OverviewSubParts.Add(new OverviewSubPart(open.Topic, open.Heading, string.Join('\n', open.Lines)));
            }

            topic = null;
        }

        foreach (var block in blocks)
        {
            if (block is TableBlock table)
            {
                outline.Assign(table, current?.Number);
                continue;
            }

            if (block is not TextBlock text)
            {
                continue;
            }

            foreach (var raw in text.Text.Split('\n'))
            {
                var line = ChineseText.StripMarkup(raw);
                if (line.Length == 0)
                {
                    continue;
                }

                var heading = PartHeadings.PartOf(line);
                if (heading is { } number && (current is null || number != current.Value.Number) && outline.Parts.All(p => p.Number != number))
                {
                    ClosePart();
                    current = (number, line);
                    outline.Lines.Add((line, number));
                    continue;
                }

                outline.Lines.Add((line, current?.Number));
                if (current is null)
                {
                    outline.PreambleLines.Add(line);
                    continue;
                }

                partLines.Add(line);
                if (current.Value.Number == PartNumber.Overview)
                {
                    if (PartHeadings.TopicOf(line, out var topicHeading) is { } found)
                    {
                        CloseTopic();
                        topic = (found, topicHeading, [line]);
                    }
                    else
                    {
                        topic?.Lines.Add(line);
                    }
                }
            }
        }

        ClosePart();
        return outline;
    }

    private void Assign(TableBlock table, PartNumber? part)
    {
        allTables.Add(table);
        var text = ChineseText.Compact(string.Concat(table.Rows.SelectMany(r => r)));
        var scores = TableCues.ToDictionary(cue => cue.Key, cue => cue.Value.Count(word => text.Contains(word, StringComparison.Ordinal)));
        var best = scores.MaxBy(score => score.Value);
        StatTableId? target = best.Value >= 2 ? best.Key
            : part is PartNumber.ProactiveDisclosure or PartNumber.Applications or PartNumber.ReviewsAndLitigation ? (StatTableId)(int)part.Value
            : best.Value == 1 ? best.Key
            : null;
        if (target is { } id)
        {
            tableRows[id].AddRange(table.Rows);
        }
    }
}
