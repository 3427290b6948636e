using System.Text.Json;

namespace Monitor.Cli.Tests;

/// <summary>
/// Validates a JSON value against the subset of JSON Schema that docs/check-output.schema.json uses
/// (type, required, properties, items, enum), returning every violation with its JSON path.
/// </summary>
public static class MiniJsonSchema
{
    public static IReadOnlyList<string> Validate(JsonElement schema, JsonElement value, string path = "$")
    {
        var problems = new List<string>();
        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!allowed.Any(t => Matches(t, value))) problems.Add($"{path}: {value.ValueKind} is not {string.Join("|", allowed)}");
        }
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => JsonEquals(v, value)))
        {
            problems.Add($"{path}: {value} is not one of {values}");
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                problems.AddRange(required.EnumerateArray().Select(r => r.GetString()!)
                    .Where(name => !value.TryGetProperty(name, out _)).Select(name => $"{path}: missing required '{name}'"));
            }
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (value.TryGetProperty(property.Name, out var child)) problems.AddRange(Validate(property.Value, child, $"{path}.{property.Name}"));
                }
                problems.AddRange(value.EnumerateObject().Where(p => !properties.TryGetProperty(p.Name, out _))
                    .Select(p => $"{path}: property '{p.Name}' is not in the schema"));
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray()) problems.AddRange(Validate(items, item, $"{path}[{index++}]"));
        }
        return problems;
    }

    private static bool Matches(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static bool JsonEquals(JsonElement a, JsonElement b) =>
        a.ValueKind == b.ValueKind && (a.ValueKind == JsonValueKind.Null || a.GetRawText() == b.GetRawText());
}
