using System.Text.Json;
using Monitor.Application.Hosting;
using Monitor.FunctionApp.Hosting;

namespace Monitor.FunctionApp.CustomHandler;

/// <summary>A failure the host should not retry: the reply is 2xx and the reason goes to the function's log.</summary>
public sealed class PermanentInvocationException(string message) : Exception(message);

/// <summary>
/// Runs one non-HTTP invocation the way the host expects: the body decoded as <see cref="InvocationRequest"/>, the
/// use case called, and always a JSON <see cref="InvocationResult"/>. A transient failure (storage down, a send not
/// yet accepted) replies 500 so the host retries and, for queues, parks the message as poison after
/// maxDequeueCount; a <see cref="PermanentInvocationException"/> replies 200 with the reason logged.
/// </summary>
public static class FunctionInvocation
{
    public static async Task<IResult> RunAsync(HttpContext http, string function,
        Func<InvocationRequest, MonitorHost, InvocationResult, CancellationToken, Task> work)
    {
        var result = new InvocationResult();
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Monitor.FunctionApp." + function);
        var ct = http.RequestAborted;
        InvocationRequest request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<InvocationRequest>(http.Request.Body, JsonSerializerOptions.Web, ct).ConfigureAwait(false)
                ?? new InvocationRequest();
        }
        catch (JsonException e)
        {
            // A body the host would never send: retrying cannot help.
            logger.LogError(e, "{Function}: the invocation body is not JSON", function);
            return Reply(result.Log($"{function}: the invocation body is not valid JSON: {e.Message}"), StatusCodes.Status200OK);
        }

        try
        {
            var host = await http.RequestServices.GetRequiredService<MonitorHostProvider>().GetAsync(ct).ConfigureAwait(false);
            await work(request, host, result, ct).ConfigureAwait(false);
            return Reply(result, StatusCodes.Status200OK);
        }
        catch (PermanentInvocationException e)
        {
            logger.LogWarning("{Function}: {Reason}", function, e.Message);
            return Reply(result.Log($"{function}: {e.Message}"), StatusCodes.Status200OK);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "{Function} failed; the host will retry", function);
            return Reply(result.Log($"{function} failed: {e.GetType().Name}: {e.Message}"), StatusCodes.Status500InternalServerError);
        }
    }

    private static IResult Reply(InvocationResult result, int status) =>
        Results.Json(result, (JsonSerializerOptions?)null, "application/json", status);
}
