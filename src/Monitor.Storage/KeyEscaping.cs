using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Monitor.Storage;

/// <summary>
/// Reversible escaping of arbitrary text into table keys and file names: Azure table keys forbid '/', '\',
/// '#', '?' and control characters, and file names forbid more on Windows. '%' escapes itself.
/// </summary>
public static class KeyEscaping
{
    private const string Forbidden = "%/\\#?:*\"<>|";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < (char)0x20 || c == (char)0x7F || Forbidden.Contains(c)) builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        // A leading dot would hide a file or mean "." / ".." as a path segment.
        if (builder.Length > 0 && builder[0] == '.') builder.Replace(".", "%2E", 0, 1);
        return builder.ToString();
    }

    public static string Unescape(string key) => Uri.UnescapeDataString(key);

    /// <summary>A fixed-length key for text that may exceed key limits (URLs): lower-case SHA-256 hex.</summary>
    public static string Digest(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
