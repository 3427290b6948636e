using System.Text.Encodings.Web;
using System.Text.Json;
using Monitor.Domain.Email;

using Microsoft.AspNetCore.Http;

namespace Monitor.Web.Http;

/// <summary>Replies of the HTTP endpoints: JSON by default, a readable Chinese page when the client prefers HTML.</summary>
public static class HttpReplies
{
    /// <summary>camelCase, Chinese written as is (UTF-8), nulls kept so the shape is stable.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static bool PrefersHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        var html = accept.Where(a => a.MediaType.Value is "text/html").Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var json = accept.Where(a => a.MediaType.Value is "application/json" or "*/*").Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return html > 0 && html >= json;
    }

    public static IResult Problem(HttpRequest request, int status, string reason) =>
        PrefersHtml(request)
            ? Results.Content(Page("无法完成请求", $"<p>{HtmlText.Encode(reason)}</p>"), "text/html; charset=utf-8", statusCode: status)
            : Results.Json(new { status, reason }, Json, "application/json; charset=utf-8", status);

    /// <summary>A minimal Chinese HTML page around a body fragment.</summary>
    public static string Page(string title, string body) =>
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + HtmlText.Encode(title) + "</title>\n" +
        "<style>body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em}table{border-collapse:collapse}" +
        "td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}</style>\n</head><body><h1>" + HtmlText.Encode(title) + "</h1>\n" +
        body + "\n</body></html>\n";
}
