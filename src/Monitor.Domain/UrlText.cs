namespace Monitor.Domain;

/// <summary>
/// Bounds on URLs, which arrive from registries, portal pages and HTTP requests: anything longer than
/// <see cref="MaxLength"/> is refused before it is fetched or stored, and any URL quoted in a message is cut short.
/// </summary>
public static class UrlText
{
    /// <summary>Longest URL accepted anywhere; browsers and CDNs stop near 2,000 characters, real report links use 100–300.</summary>
    public const int MaxLength = 2048;

    /// <summary>How much of a URL a message quotes.</summary>
    public const int QuotedLength = 200;

    public static bool IsTooLong(string? url) => url is not null && url.Length > MaxLength;

    public static string Shorten(string url) => url.Length <= QuotedLength ? url : string.Concat(url.AsSpan(0, QuotedLength), "…");

    /// <summary>The Chinese reason for refusing a URL over the bound.</summary>
    public static string TooLongReason(int length) => $"网址长度为{length}个字符，超过{MaxLength}个字符的上限，不予处理";

    /// <summary>Query parameters that carry credentials (function keys, SAS signatures, tokens, passwords).</summary>
    private static readonly HashSet<string> SecretParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "code", "key", "apikey", "api_key", "x-functions-key", "token", "access_token", "sig", "signature", "password", "pwd", "secret", "client_secret",
    };

    /// <summary>The URL without query parameters that look like credentials, for keeping beside evidence that anyone may read.</summary>
    public static string WithoutSecrets(Uri url)
    {
        if (string.IsNullOrEmpty(url.Query)) return url.ToString();
        var kept = url.Query.TrimStart('?').Split('&')
            .Where(pair => !SecretParameters.Contains(Uri.UnescapeDataString(pair.Split('=', 2)[0])))
            .ToList();
        var builder = new UriBuilder(url) { Query = string.Join('&', kept) };
        return builder.Uri.ToString();
    }
}
