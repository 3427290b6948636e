using System.Globalization;

namespace Monitor.Domain.Rules.Narrative.Statements;

/// <summary>
/// Reads a count as reports write it: Arabic digits (after <see cref="NarrativeText.Normalize"/>) or small
/// Chinese numerals ("两起", "十二件", "一百零五条").
/// </summary>
public static class ChineseNumber
{
    /// <summary>Regex fragment for a number in normalised text.</summary>
    public const string Pattern = "[0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+";

    public static decimal? Parse(string text)
    {
        if (text.Length == 0) return null;
        if (text[0] is >= '0' and <= '9')
        {
            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
        }
        decimal total = 0, section = 0, digit = 0;
        foreach (var c in text)
        {
            var d = "零一二三四五六七八九".IndexOf(c);
            if (c is '〇') d = 0;
            if (c is '两') d = 2;
            if (d >= 0)
            {
                digit = d;
                continue;
            }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10000, _ => 0 };
            if (unit == 0) return null;
            if (unit == 10000)
            {
                total = (total + section + digit) * unit;
                section = 0;
            }
            else
            {
                section += (digit == 0 && unit == 10 ? 1 : digit) * unit;
            }
            digit = 0;
        }
        return total + section + digit;
    }
}
