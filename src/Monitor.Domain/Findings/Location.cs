namespace Monitor.Domain.Findings;

/// <summary>
/// Where in a report a finding applies. Every field is optional: a missing report has no location,
/// a table cell has table, row and column, a narrative statement has a part and a text span.
/// Row and column hold the Chinese labels of the national format, not positions.
/// </summary>
public sealed record Location(
    string? Part = null,
    string? Table = null,
    string? Row = null,
    string? Column = null,
    string? TextSpan = null)
{
    public static Location Document { get; } = new();

    public static Location InPart(string part, string? textSpan = null) => new(Part: part, TextSpan: textSpan);

    public static Location InTable(string table, string? row = null, string? column = null) =>
        new(Table: table, Row: row, Column: column);

    /// <summary>A compact Chinese description, e.g. "表三/一、本年新收政府信息公开申请数量/总计".</summary>
    public string Describe()
    {
        var parts = new List<string>(5);
        if (Part is not null) parts.Add(Part);
        if (Table is not null) parts.Add(Table);
        if (Row is not null) parts.Add(Row);
        if (Column is not null) parts.Add(Column);
        if (TextSpan is not null) parts.Add($"“{Truncate(TextSpan, 60)}”");
        return parts.Count == 0 ? "全文" : string.Join("/", parts);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
