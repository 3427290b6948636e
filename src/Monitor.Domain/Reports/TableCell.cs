using System.Globalization;

namespace Monitor.Domain.Reports;

/// <summary>
/// One value cell of a statistical table as written. <see cref="Value"/> is the number when the raw text
/// is numeric; blank, "/", "—", "-" and other text leave it null (T01 reports those; arithmetic treats them as 0).
/// </summary>
public sealed record TableCell(string Raw, decimal? Value)
{
    public bool IsNumeric => Value is not null;

    /// <summary>The value for arithmetic: non-numeric cells count as 0, as T01 tells the reader.</summary>
    public decimal ValueOrZero => Value ?? 0m;

    public static TableCell Parse(string raw)
    {
        var trimmed = raw.Trim();
        return new TableCell(trimmed, TryParseNumber(trimmed, out var value) ? value : null);
    }

    public static TableCell Number(decimal value) => new(value.ToString(CultureInfo.InvariantCulture), value);

    /// <summary>
    /// Reads the number without the thousands separators and spaces authors type ("1,200", "1 200"), with
    /// full-width digits and signs mapped to ASCII (Word-authored reports use them).
    /// </summary>
    private static bool TryParseNumber(string text, out decimal value)
    {
        value = 0m;
        // Longer text is never a table number; it only needs a heap buffer to be refused.
        if (text.Length > 128) return decimal.TryParse(Normalize(text), Style, CultureInfo.InvariantCulture, out value);
        Span<char> buffer = stackalloc char[text.Length];
        var length = Normalize(text, buffer);
        return decimal.TryParse(buffer[..length], Style, CultureInfo.InvariantCulture, out value);
    }

    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private static string Normalize(string text)
    {
        var buffer = new char[text.Length];
        return new string(buffer, 0, Normalize(text, buffer));
    }

    private static int Normalize(string text, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or ' ') continue;
            buffer[length++] = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '－' => '-',
                '．' => '.',
                _ => c,
            };
        }
        return length;
    }
}
