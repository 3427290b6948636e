using System.Security.Cryptography;
using System.Text;

using Microsoft.AspNetCore.Http;

namespace Monitor.Web.Http;

/// <summary>
/// The key the standalone host requires on every endpoint but the readiness ping (in Azure the Functions host checks
/// its own function keys): the <c>x-functions-key</c> header or the <c>code</c> query parameter, compared in constant
/// time with the Recheck__ApiKey setting. With no key configured every request is refused: closed, never open.
/// </summary>
public static class FunctionKey
{
    public const string Header = "x-functions-key";
    public const string Query = "code";

    /// <summary>The workspace's sign-in cookie in `serve` (HttpOnly, SameSite=Strict), holding the same key.</summary>
    public const string Cookie = "monitor-key";

    public static bool IsValid(HttpRequest request, string? expected)
    {
        if (string.IsNullOrEmpty(expected)) return false;
        // An empty header (some clients send one by default) must not hide a correct ?code=.
        var presented = request.Headers[Header].FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? request.Query[Query].FirstOrDefault()
            ?? request.Cookies[Cookie];
        return Matches(presented, expected);
    }

    /// <summary>Constant-time comparison of a presented key with the configured one.</summary>
    public static bool Matches(string? presented, string? expected)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(expected)) return false;
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }

    /// <summary>401 with a Chinese reason, in the format the client asked for.</summary>
    public static IResult Unauthorized(HttpRequest request) =>
        HttpReplies.Problem(request, StatusCodes.Status401Unauthorized, "缺少或错误的访问密钥（请求头 x-functions-key 或参数 code）。");
}
