using System.Text;
using System.Text.Json;

namespace Monitor.FunctionApp.CustomHandler;

/// <summary>
/// The body the Functions host posts to <c>/{FunctionName}</c> for a non-HTTP trigger:
/// binding values under <see cref="Data"/>, trigger metadata under <see cref="Metadata"/>.
/// </summary>
/// <remarks>
/// The host encodes values unevenly: plain strings arrive JSON-encoded twice, byte arrays as base64,
/// objects as nested JSON. The accessors here undo that so endpoints see plain values.
/// </remarks>
public sealed class InvocationRequest
{
    public Dictionary<string, JsonElement> Data { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, JsonElement> Metadata { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A binding value as a plain string (double encoding removed), or null when absent.</summary>
    public string? DataString(string binding) =>
        Data.TryGetValue(binding, out var value) ? BindingValue.AsString(value) : null;

    /// <summary>A binding value deserialised as JSON, whether it arrived as an object or as an encoded string.</summary>
    public T? DataJson<T>(string binding, JsonSerializerOptions? options = null) =>
        Data.TryGetValue(binding, out var value) ? BindingValue.AsJson<T>(value, options) : default;

    /// <summary>A binding value that carries bytes (blob content), decoded from base64.</summary>
    public byte[]? DataBytes(string binding) =>
        Data.TryGetValue(binding, out var value) ? BindingValue.AsBytes(value) : null;

    /// <summary>A trigger metadata value as a plain string (double encoding removed), or null when absent.</summary>
    public string? MetadataString(string key) =>
        Metadata.TryGetValue(key, out var value) ? BindingValue.AsString(value) : null;

    /// <summary>The host's <c>sys.UtcNow</c>, when present.</summary>
    public DateTimeOffset? HostUtcNow =>
        Metadata.TryGetValue("sys", out var sys) && sys.ValueKind == JsonValueKind.Object
        && sys.TryGetProperty("UtcNow", out var now) && now.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(now.GetString(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
}

/// <summary>Decoding rules for the values the Functions host puts in an invocation body.</summary>
public static class BindingValue
{
    /// <summary>
    /// Unwraps a string value. A string whose content is itself a JSON string literal was encoded twice by
    /// the host and is unwrapped once more; anything else is returned as written.
    /// </summary>
    public static string? AsString(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.String:
                var text = value.GetString()!;
                return TryUnwrapJsonString(text, out var inner) ? inner : text;
            default:
                return value.GetRawText();
        }
    }

    public static T? AsJson<T>(JsonElement value, JsonSerializerOptions? options = null)
    {
        options ??= JsonSerializerOptions.Web;
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = AsString(value);
            if (string.IsNullOrWhiteSpace(text))
            {
                return default;
            }

            if (!LooksLikeJson(text) && TryDecodeBase64(text, out var bytes))
            {
                // Queue messages written by the Storage SDK with base64 encoding can arrive undecoded.
                text = Encoding.UTF8.GetString(bytes);
            }

            return JsonSerializer.Deserialize<T>(text, options);
        }

        return value.Deserialize<T>(options);
    }

    public static byte[]? AsBytes(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
                ? null
                : Encoding.UTF8.GetBytes(value.GetRawText());
        }

        var text = value.GetString()!;
        return TryDecodeBase64(text, out var bytes) ? bytes : Encoding.UTF8.GetBytes(text);
    }

    private static bool TryUnwrapJsonString(string text, out string inner)
    {
        inner = text;
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
        {
            return false;
        }

        try
        {
            inner = JsonSerializer.Deserialize<string>(text) ?? string.Empty;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '{' or '[' or '"';
    }

    private static bool TryDecodeBase64(string text, out byte[] bytes)
    {
        bytes = new byte[(text.Length * 3 / 4) + 3];
        if (text.Length % 4 == 0 && Convert.TryFromBase64String(text, bytes, out var written))
        {
            Array.Resize(ref bytes, written);
            return true;
        }

        bytes = [];
        return false;
    }
}
