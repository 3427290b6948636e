using System.Text;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;
using Monitor.Domain.Rules;

namespace Monitor.Domain.Summary;

/// <summary>
/// All findings of a county-year as CSV for Excel: UTF-8 with a byte-order mark (without it Excel guesses the
/// system code page and garbles Chinese), CRLF line ends, RFC 4180 quoting.
/// </summary>
public static class FindingsCsv
{
    public static readonly string[] Header = ["单位编号", "单位", "年度", "状态", "规则", "规则名称", "级别", "确定性", "位置", "应为", "实际", "说明"];

    public static byte[] Render(int year, IEnumerable<UnitStanding> units, Func<string, string?>? ruleTitle = null)
    {
        ruleTitle ??= id => RuleCatalog.Find(id)?.Title;
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var unit in units)
        {
            foreach (var f in unit.Findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal))
            {
                AppendRow(csv, [unit.UnitId, unit.UnitName, year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    unit.Status.Chinese(), f.RuleId, ruleTitle(f.RuleId) ?? "", f.Severity.Chinese(), f.Certainty.Chinese(), f.Location.Describe(),
                    f.Expected ?? "", f.Found ?? "", f.Message]);
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append(Quote(Defuse(cells[i])));
        }
        csv.Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    /// <summary>
    /// Report text is untrusted: a cell starting with =, +, @ (or - followed by something other than a digit) would be run as a
    /// formula by Excel, so it gets a leading apostrophe. Negative numbers such as "-3" stay as they are.
    /// </summary>
    private static string Defuse(string cell) =>
        cell.Length > 0 && (cell[0] is '=' or '+' or '@' or '\t' or '\r' || (cell[0] == '-' && cell.Length > 1 && !char.IsAsciiDigit(cell[1])))
            ? "'" + cell
            : cell;
}
