using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Monitor.Cli.Checking;
using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;

namespace Monitor.Cli.Output;

/// <summary>
/// Writes a check run as one JSON document. The shape is a public contract: README "JSON output" and
/// docs/check-output.schema.json describe it, and a test validates real output against the schema.
/// </summary>
public static class CheckJsonWriter
{
    public const string Tool = "monitor-check";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Officials and scripts read the Chinese directly; \uXXXX escapes would make the file unreadable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Version { get; } =
        typeof(CheckJsonWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static void Write(TextWriter output, CheckRunResult result, DateTimeOffset checkedAt)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("tool", Tool);
            json.WriteString("version", Version);
            json.WriteString("checkedAt", checkedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
            json.WriteStartArray("reports");
            foreach (var report in result.Reports)
            {
                json.WriteStartObject();
                json.WriteString("source", report.Source);
                json.WriteString("format", FormatCode(report.Format));
                WriteStringOrNull(json, "issuer", report.Report.Issuer);
                WriteNumberOrNull(json, "year", report.Report.ReportYear);
                WriteStringOrNull(json, "unitType", report.UnitType?.Code());
                json.WriteBoolean("unitTypeInferred", report.UnitTypeInferred);
                json.WriteStartArray("findings");
                foreach (var finding in report.Validation.Findings) WriteFinding(json, finding);
                json.WriteEndArray();
                json.WriteStartArray("skipped");
                foreach (var skipped in report.Validation.Skipped)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", skipped.RuleId);
                    json.WriteString("reason", skipped.Reason);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartObject("timings");
                json.WriteNumber("extractMs", Math.Round(report.Timings.ExtractMs, 3));
                json.WriteNumber("parseMs", Math.Round(report.Timings.ParseMs, 3));
                json.WriteNumber("validateMs", Math.Round(report.Timings.ValidateMs, 3));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("errors");
            foreach (var error in result.Errors)
            {
                json.WriteStartObject();
                json.WriteString("source", error.Source);
                json.WriteString("message", error.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Format codes of the JSON contract: text, html, docx, pdf, unsupported.</summary>
    public static string FormatCode(Domain.Documents.SourceFormat format) => format switch
    {
        Domain.Documents.SourceFormat.PlainText => "text",
        Domain.Documents.SourceFormat.Html => "html",
        Domain.Documents.SourceFormat.Docx => "docx",
        Domain.Documents.SourceFormat.Pdf => "pdf",
        _ => "unsupported",
    };

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.RuleId);
        json.WriteString("severity", finding.Severity.Code());
        json.WriteString("certainty", finding.Certainty.Code());
        WriteStringOrNull(json, "doubt", finding.Doubt);
        json.WriteStartObject("location");
        WriteStringOrNull(json, "part", finding.Location.Part);
        WriteStringOrNull(json, "table", finding.Location.Table);
        WriteStringOrNull(json, "row", finding.Location.Row);
        WriteStringOrNull(json, "column", finding.Location.Column);
        WriteStringOrNull(json, "text", finding.Location.TextSpan);
        json.WriteString("display", finding.Location.Describe());
        json.WriteEndObject();
        WriteStringOrNull(json, "expected", finding.Expected);
        WriteStringOrNull(json, "found", finding.Found);
        json.WriteString("message", finding.Message);
        json.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteNumber(name, value.Value);
    }
}
