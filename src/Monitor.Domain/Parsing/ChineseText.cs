using System.Buffers;
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
        // Rules and readers compact the same short labels many times per report; most are compact already.
        var first = text.AsSpan().IndexOfAny(NotCompact);
        if (first < 0) return text;
        var rented = text.Length > 256 ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        var buffer = rented is null ? stackalloc char[text.Length] : rented;
        text.AsSpan(0, first).CopyTo(buffer);
        var length = first;
        foreach (var c in text.AsSpan(first))
        {
            if (char.IsWhiteSpace(c) || c == '\u3000') continue;
            buffer[length++] = c switch
            {
                '(' => '（',
                ')' => '）',
                ':' => '：',
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                _ => c,
            };
        }
        var result = new string(buffer[..length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
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

    // Every character Compact drops or maps: whitespace (char.IsWhiteSpace, incl. U+3000), half-width
    // brackets and colon, full-width digits and the full-width full stop.
    private static readonly SearchValues<char> NotCompact = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsWhiteSpace(c) || c is '\u3000' or '(' or ')' or ':' or (>= '０' and <= '９') or '．')]);
}
