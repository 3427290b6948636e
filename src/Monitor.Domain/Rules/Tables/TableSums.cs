using System.Globalization;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Tables;

/// <summary>
/// Arithmetic over table cells for the T rules. A sum over a cell the parser could not recover is null:
/// S07 already reports the missing cell, so no arithmetic finding may be built on a guess.
/// </summary>
internal static class TableSums
{
    /// <summary>Sum of the given rows in one column (non-numeric cells count as 0), or null when any cell is absent.</summary>
    public static decimal? SumRows(this StatTable table, IEnumerable<string> rows, string column)
    {
        var sum = 0m;
        foreach (var row in rows)
        {
            if (table.Value(row, column) is not { } value) return null;
            sum += value;
        }
        return sum;
    }

    /// <summary>Sum of the given columns in one row, or null when any cell is absent.</summary>
    public static decimal? SumColumns(this StatTable table, string row, IEnumerable<string> columns)
    {
        var sum = 0m;
        foreach (var column in columns)
        {
            if (table.Value(row, column) is not { } value) return null;
            sum += value;
        }
        return sum;
    }

    /// <summary>A number as officials write it: no trailing zeros, no exponent.</summary>
    public static string Show(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
