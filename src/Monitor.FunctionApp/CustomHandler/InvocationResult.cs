using System.Text;
using System.Text.Json.Serialization;

namespace Monitor.FunctionApp.CustomHandler;

/// <summary>
/// The reply the Functions host expects from a non-HTTP invocation: output binding values, log lines it
/// copies into the function's log, and an optional return value. Always sent with a 2xx status and
/// <c>application/json</c>; a non-2xx reply fails the invocation and makes the host retry.
/// </summary>
public sealed class InvocationResult
{
    [JsonPropertyName("Outputs")]
    public Dictionary<string, object?> Outputs { get; } = new(StringComparer.Ordinal);

    [JsonPropertyName("Logs")]
    public List<string> Logs { get; } = [];

    [JsonPropertyName("ReturnValue")]
    public object? ReturnValue { get; set; }

    public InvocationResult Log(string line)
    {
        Logs.Add(line);
        return this;
    }

    /// <summary>
    /// Sets a queue or blob output. The host base64-decodes any string that happens to be valid base64,
    /// so every output is sent base64-encoded to make that decoding deterministic.
    /// </summary>
    public InvocationResult Output(string binding, string value)
    {
        Outputs[binding] = Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
        return this;
    }
}
