using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Domain.Documents;

/// <summary>
/// Decodes an HTML page in the HTML spec's order: byte order mark, then the charset of the HTTP
/// Content-Type, then a &lt;meta&gt; declaration in the first bytes, then detection (valid UTF-8, else
/// GB18030, the superset of the GBK/GB2312 many government CMSs still serve).
/// </summary>
public static partial class HtmlCharset
{
    private const int PrescanBytes = 4096;

    public static string Decode(ReadOnlySpan<byte> bytes, string? httpCharset = null)
    {
        var declared = Usable(httpCharset, fromHttp: true) ?? Usable(MetaCharset(bytes), fromHttp: false);
        // A page declaring UTF-8 whose bytes are not UTF-8 is a CMS template changed without re-encoding
        // the articles; detection reads it correctly where trusting the label would give mojibake.
        if (declared is UTF8Encoding) declared = null;
        return TextDecoding.Decode(bytes, declared?.WebName);
    }

    /// <summary>The charset named by a &lt;meta charset&gt; or http-equiv Content-Type in the page head, if any.</summary>
    public static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    // Servers default to ISO-8859-1 in their Content-Type when nobody configured them; for a Chinese
    // page that label is never true, so it must not override the page's own declaration.
    private static Encoding? Usable(string? charset, bool fromHttp)
    {
        var encoding = TextDecoding.ForCharset(charset);
        if (encoding is null) return null;
        if (fromHttp && encoding.CodePage is 28591 or 1252 or 20127) return null;
        return encoding;
    }

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
