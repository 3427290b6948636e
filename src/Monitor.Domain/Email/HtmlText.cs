using System.Net;

namespace Monitor.Domain.Email;

/// <summary>
/// Escaping for mail bodies. Everything that comes from a report or a portal (unit names, findings, URLs) is
/// untrusted text and goes through here before it reaches HTML.
/// </summary>
public static class HtmlText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A link when <paramref name="url"/> is absolute http(s), else the escaped text alone (no javascript: links).</summary>
    public static string Link(string? url, string label) =>
        IsWebUrl(url)
            ? $"<a href=\"{Encode(url)}\">{Encode(label)}</a>"
            : Encode(label);

    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
