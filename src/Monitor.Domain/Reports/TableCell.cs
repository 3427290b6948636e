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
        var text = raw.Trim().Replace(",", "").Replace("，", "").Replace(" ", "");
        text = NormalizeDigits(text);
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? new TableCell(raw.Trim(), value)
            : new TableCell(raw.Trim(), null);
    }

    public static TableCell Number(decimal value) => new(value.ToString(CultureInfo.InvariantCulture), value);

    private static string NormalizeDigits(string text)
    {
        // Full-width digits and signs appear in Word-authored reports.
        if (!text.Any(c => c is >= '０' and <= '９' or '－' or '．')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '０' and <= '９' => (char)('0' + (chars[i] - '０')),
                '－' => '-',
                '．' => '.',
                _ => chars[i],
            };
        }
        return new string(chars);
    }
}
