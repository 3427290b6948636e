using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Tables;

/// <summary>Walks every cell the parser recovered, in table and layout order, so findings come out in reading order.</summary>
internal static class TableCells
{
    public static IEnumerable<(StatTable Table, TableAxis Row, string Column, TableCell Cell)> PresentCells(this AnnualReport report)
    {
        foreach (var table in report.Tables.Values.OrderBy(t => t.Id))
        {
            foreach (var row in table.Layout.Rows)
            {
                foreach (var column in table.Layout.ColumnsOfRow(row.Key))
                {
                    if (table.Cell(row.Key, column) is { } cell) yield return (table, row, column, cell);
                }
            }
        }
    }
}
