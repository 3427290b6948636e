using Monitor.Domain.Findings;

namespace Monitor.Domain.Reports;

/// <summary>
/// A statistical table as recovered from a report: cells addressed by canonical row and column keys of
/// its <see cref="TableLayout"/>. A row the parser could not recover is absent (and a diagnostic says why);
/// a present row has exactly the cells the source gave, so a missing column is a missing key.
/// </summary>
public sealed class StatTable
{
    private readonly Dictionary<(string Row, string Column), TableCell> cells;

    public StatTable(StatTableId id, IEnumerable<KeyValuePair<(string Row, string Column), TableCell>> cells)
    {
        Id = id;
        this.cells = new Dictionary<(string, string), TableCell>(cells);
    }

    public StatTableId Id { get; }

    public TableLayout Layout => TableLayout.For(Id);

    public IReadOnlyDictionary<(string Row, string Column), TableCell> Cells => cells;

    public TableCell? Cell(string row, string column) => cells.GetValueOrDefault((row, column));

    /// <summary>The cell's value for arithmetic (0 when blank or non-numeric), or null when the cell is absent.</summary>
    public decimal? Value(string row, string column) => Cell(row, column)?.ValueOrZero;

    public bool HasRow(string row) => cells.Keys.Any(k => k.Row == row);

    /// <summary>Location of a cell in Chinese, for findings.</summary>
    public Location LocationOf(string row, string? column = null) =>
        new(Part: Id.Part().Label(), Table: Id.Chinese(), Row: Layout.RowLabel(row), Column: column is null ? null : Layout.ColumnLabel(column));
}
