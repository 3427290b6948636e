using System.Text;
using System.Text.Json;
using Monitor.FunctionApp.CustomHandler;

namespace Monitor.FunctionApp.Tests;

/// <summary>Decoding of the value shapes recorded from a real Functions host.</summary>
public class BindingValueTests
{
    private static InvocationRequest Parse(string json) =>
        JsonSerializer.Deserialize<InvocationRequest>(json, JsonSerializerOptions.Web)!;

    [Fact]
    public void Blob_trigger_name_and_uri_are_unwrapped_from_double_encoding()
    {
        var request = Parse("""
            {"Data":{"capture":"aGVsbG8gZnJvbSBieXRlCg=="},
             "Metadata":{"Uri":"\"https://acct.blob.core.windows.net/captures/a/b.html\"","Properties":{"ContentType":"text/html","Length":16},"Metadata":{},"name":"\"a/b.html\"",
              "sys":{"MethodName":"ValidateCapture","UtcNow":"2026-01-31T18:01:00Z","RandGuid":"30d01e72-94e7-4d4f-906a-2ce51939bfcc"}}}
            """);

        Assert.Equal("a/b.html", request.MetadataString("name"));
        Assert.Equal("https://acct.blob.core.windows.net/captures/a/b.html", request.MetadataString("Uri"));
        Assert.Equal("hello from byte\n", Encoding.UTF8.GetString(request.DataBytes("capture")!));
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 18, 1, 0, TimeSpan.Zero), request.HostUtcNow);
    }

    [Fact]
    public void Queue_message_encoded_twice_deserialises_to_its_object()
    {
        var request = Parse("""
            {"Data":{"item":"\"{\\\"unit\\\":\\\"xutao\\\"}\""},
             "Metadata":{"DequeueCount":"1","Id":"\"a0004923-f050-417a-9742-6d7c7b984134\"","sys":{"MethodName":"SendAlerts","UtcNow":"2026-01-31T18:02:00Z"}}}
            """);

        Assert.Equal("xutao", request.DataJson<UnitMessage>("item")!.Unit);
        Assert.Equal("a0004923-f050-417a-9742-6d7c7b984134", request.MetadataString("Id"));
        Assert.Equal("1", request.MetadataString("DequeueCount"));
    }

    [Fact]
    public void Queue_message_as_nested_object_or_base64_text_deserialises_too()
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"unit":"lijun"}"""));
        var request = Parse($$$"""{"Data":{"a":{"unit":"dazhai"},"b":"{{{base64}}}"},"Metadata":{}}""");

        Assert.Equal("dazhai", request.DataJson<UnitMessage>("a")!.Unit);
        Assert.Equal("lijun", request.DataJson<UnitMessage>("b")!.Unit);
    }

    [Fact]
    public void Missing_values_are_null_not_errors()
    {
        var request = Parse("""{"Data":{"timer":null}}""");

        Assert.Null(request.DataString("timer"));
        Assert.Null(request.DataString("absent"));
        Assert.Null(request.MetadataString("name"));
        Assert.Null(request.HostUtcNow);
    }

    [Fact]
    public void Outputs_are_base64_so_the_host_decodes_them_deterministically()
    {
        var result = new InvocationResult().Output("message", """{"unit":"xutao"}""").Log("queued 1");

        var json = JsonSerializer.Serialize(result);

        Assert.Equal("""{"Outputs":{"message":"eyJ1bml0IjoieHV0YW8ifQ=="},"Logs":["queued 1"],"ReturnValue":null}""", json);
    }

    private sealed record UnitMessage(string Unit);
}
