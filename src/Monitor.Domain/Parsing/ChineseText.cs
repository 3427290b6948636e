using System.Text;

namespace Monitor.Domain.Parsing;

/// <summary>Normalisation of report text for matching: markdown noise, full-width forms, whitespace.</summary>
internal static class ChineseText
{
    /// <summary>
    /// Removes all whitespace (PDF and CMS text puts spaces inside words: "自 然 人"), markdown markers, and
    /// maps full-width ASCII forms to half-width so that "（一）" and "(一)", "１" and "1" compare equal.
    /// </summary>
    public static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '*' or '#' or '\u3000' or '\u00a0' or '\u200b')
            {
                continue;
            }

            builder.Append(c is >= '\uff01' and <= '\uff5e' ? (char)(c - 0xfee0) : c);
        }

        return builder.ToString();
    }

    /// <summary>Strips markdown heading and bold markers and trims, keeping inner spacing.</summary>
    public static string StripMarkup(string line) =>
        line.Replace("**", string.Empty, StringComparison.Ordinal).TrimStart('#', ' ', '\t', '\u3000').Trim();

    public static bool HasHan(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff')
            {
                return true;
            }
        }

        return false;
    }
}
