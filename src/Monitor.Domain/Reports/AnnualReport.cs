using Monitor.Domain.Documents;

namespace Monitor.Domain.Reports;

/// <summary>
/// A 政府信息公开工作年度报告 as parsed from one document. Everything the parser could not find is null
/// or absent; nothing is invented. Rules read only this model (plus their context), never the raw bytes.
/// </summary>
public sealed record AnnualReport
{
    /// <summary>The title line, e.g. "中宁县徐套乡2024年政府信息公开工作年度报告".</summary>
    public string? Title { get; init; }

    /// <summary>The issuing body as named in the title or opening, e.g. "中宁县徐套乡"; null if not found.</summary>
    public string? Issuer { get; init; }

    /// <summary>
    /// True when <see cref="Issuer"/> comes from a sentence of the opening ("2025年，朝外街道在…") because the report
    /// has no title naming it: rules that accuse the report of naming another body hold such a reading uncertain.
    /// </summary>
    public bool IssuerFromOpening { get; init; }

    /// <summary>The year the title names (the reporting year, not the publication year).</summary>
    public int? TitleYear { get; init; }

    /// <summary>
    /// The year the report is on: the title's, else a calendar-year statistics period's, else the year the opening
    /// names ("在认真总结2020年…工作的基础上"). Null when the report says none of these.
    /// </summary>
    public int? ReportYear { get => reportYear ?? TitleYear; init => reportYear = value; }

    private readonly int? reportYear;

    /// <summary>The stated statistics period, or null when the report states none.</summary>
    public StatisticsPeriod? Period { get; init; }

    /// <summary>Text before the first part heading (title and preamble).</summary>
    public string Preamble { get; init; } = "";

    /// <summary>The parts found, in document order.</summary>
    public IReadOnlyList<ReportPart> Parts { get; init; } = [];

    /// <summary>Sub-parts of 总体情况 found, by topic.</summary>
    public IReadOnlyList<OverviewSubPart> OverviewSubParts { get; init; } = [];

    /// <summary>Tables 二, 三, 四 as recovered; a missing table is absent from the dictionary.</summary>
    public IReadOnlyDictionary<StatTableId, StatTable> Tables { get; init; } = new Dictionary<StatTableId, StatTable>();

    /// <summary>Structural problems met while parsing (S05–S08 report them).</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>All narrative text of the report (tables excluded), for whole-report text rules.</summary>
    public string FullText { get; init; } = "";

    /// <summary>The source format the report was read from.</summary>
    public SourceFormat SourceFormat { get; init; } = SourceFormat.PlainText;

    /// <summary>Why the document could not be read at all (scanned PDF, legacy .doc); null when it was read.</summary>
    public string? UnreadableReason { get; init; }

    public ReportPart? Part(PartNumber number) => Parts.FirstOrDefault(p => p.Number == number);

    public OverviewSubPart? SubPart(OverviewTopic topic) => OverviewSubParts.FirstOrDefault(s => s.Topic == topic);

    public StatTable? Table(StatTableId id) => Tables.GetValueOrDefault(id);
}
