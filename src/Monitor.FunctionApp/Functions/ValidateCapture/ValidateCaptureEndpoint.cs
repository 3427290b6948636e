using Monitor.FunctionApp.CustomHandler;

namespace Monitor.FunctionApp.Functions.ValidateCapture;

/// <summary>
/// Blob trigger on captures/{name} (Event Grid source): validate the capture with full context, store the result,
/// update the filing index and queue alerts. The blob is read by name from storage; the inline content is ignored.
/// An unparseable capture ends in stored findings (S05), never in a retry loop.
/// </summary>
public static class ValidateCaptureEndpoint
{
    public const string Name = "ValidateCapture";

    public static void Map(IEndpointRouteBuilder app) => app.MapFunction(Name, (HttpContext http) =>
        FunctionInvocation.RunAsync(http, Name, async (request, host, result, ct) =>
        {
            var name = request.MetadataString("name") ?? NameFromUri(request.MetadataString("Uri"))
                ?? throw new PermanentInvocationException("the blob trigger metadata has neither name nor Uri.");
            var outcome = await host.Validation.ValidateAsync(name, ct).ConfigureAwait(false);
            if (outcome.Result is null)
                throw new PermanentInvocationException(outcome.Problem ?? $"{name} could not be validated.");
            var findings = outcome.Result.Findings;
            result.Log($"{name}: {findings.Count} finding(s), {outcome.Result.Count(Domain.Findings.Severity.Error)} error(s); " +
                       (outcome.IsUnitReport ? "the unit's report" : "not the unit's report") +
                       (outcome.AlertId is { } alert ? $"; alert {alert} queued" : "") + (outcome.Problem is { } p ? $"; {p}" : ""));
            result.ReturnValue = new { capture = name, findings = findings.Count, alert = outcome.AlertId };
        }));

    /// <summary>captures/a/b.html from https://acct.blob.core.windows.net/captures/a/b.html.</summary>
    private static string? NameFromUri(string? uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed)) return null;
        var path = Uri.UnescapeDataString(parsed.AbsolutePath).TrimStart('/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? null : path[(slash + 1)..];
    }
}
