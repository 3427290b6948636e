using System.Text;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Normalises report text for matching: reports mix full- and half-width brackets and digits, and PDF
/// extraction scatters spaces inside words ("自 然 人"), so labels are compared in a compact form.
/// </summary>
internal static class ChineseText
{
    /// <summary>Removes all whitespace and maps half-width brackets, colons and digits to one form.</summary>
    public static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000') continue;
            builder.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                ':' => '：',
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                _ => c,
            });
        }
        return builder.ToString();
    }

    /// <summary>Compact form without punctuation, for deciding whether a label is worded differently.</summary>
    public static string Bare(string text)
    {
        var compact = Compact(text);
        var builder = new StringBuilder(compact.Length);
        foreach (var c in compact)
        {
            if (char.IsPunctuation(c) || char.IsSymbol(c)) continue;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
