using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitor.Storage;

/// <summary>One JSON shape for everything the stores write, readable by people (Chinese unescaped).</summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static async Task<T?> ReadAsync<T>(Stream? stream, CancellationToken cancellationToken)
    {
        if (stream is null) return default;
        await using (stream)
        {
            return await JsonSerializer.DeserializeAsync<T>(stream, Options, cancellationToken);
        }
    }
}
