using System.Buffers;

namespace Monitor.Domain.Documents;

/// <summary>
/// The one whitespace convention every extractor applies to paragraph and cell text, so the same report
/// gives the same strings from HTML, DOCX and PDF: runs of any whitespace (incl. &amp;nbsp; and the
/// full-width space U+3000) become one space, the ends are trimmed, and spaces touching a CJK character
/// are dropped. Chinese has no word spaces: those come from HTML source line wraps, PDF layout gaps
/// ("2025 年") or indentation, and only get in the parser's way.
/// </summary>
public static class BlockText
{
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text)) return text;
        // Cleaning only removes characters, so the result fits in a buffer of the input's length.
        var rented = text.Length > 256 ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        var collapsed = rented is null ? stackalloc char[text.Length] : rented;
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (c is '\u200B' or '\uFEFF' or '\u00AD') continue;
            if (pendingSpace && !IsCjk(collapsed[length - 1]) && !IsCjk(c)) collapsed[length++] = ' ';
            pendingSpace = false;
            collapsed[length++] = c;
        }
        var result = new string(collapsed[..length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (IsSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD') return true;
        }
        return false;
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u3000' or '\u2002' or '\u2003' or '\u2009' or '\u202F';

    /// <summary>CJK ideographs, CJK and full-width punctuation (，。、（）“” etc.).</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'      // radicals, CJK punctuation, kana, ideographs
        or >= '\uF900' and <= '\uFAFF'        // compatibility ideographs
        or >= '\uFE30' and <= '\uFE4F'        // CJK compatibility forms
        or >= '\uFF00' and <= '\uFFEF'        // full-width forms
        or '\u2014' or '\u2026' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00B7';
}
