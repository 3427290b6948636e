using Monitor.Application.Monitoring;
using Monitor.FunctionApp.CustomHandler;

namespace Monitor.FunctionApp.Functions.CrawlUnit;

/// <summary>Queue crawl-requests: crawl one unit; new and changed documents land in the captures container.</summary>
public static class CrawlUnitEndpoint
{
    public const string Name = "CrawlUnit";
    public const string Binding = "request";

    public static void Map(IEndpointRouteBuilder app) => app.MapFunction(Name, (HttpContext http) =>
        FunctionInvocation.RunAsync(http, Name, async (request, host, result, ct) =>
        {
            CrawlRequest? crawl;
            try
            {
                crawl = request.DataJson<CrawlRequest>(Binding);
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new PermanentInvocationException($"the crawl request is not JSON like {{\"unit\":\"id\"}}: {e.Message}");
            }
            if (string.IsNullOrWhiteSpace(crawl?.Unit))
                throw new PermanentInvocationException("the crawl request names no unit.");
            try
            {
                var outcome = await host.Crawl.CrawlAsync(crawl.Unit, ct).ConfigureAwait(false);
                result.Log($"{crawl.Unit}: {outcome.Crawl.Outcome}, {outcome.Stored.Count} new capture(s), {outcome.Crawl.Requests} request(s)" +
                           (outcome.Crawl.UnreachableReason is { } why ? $"; unreachable: {why}" : ""));
                foreach (var stored in outcome.Stored) result.Log($"captured {stored.Name}");
            }
            catch (UnknownUnitException e)
            {
                // A unit removed from the registry after its message was queued: nothing to retry.
                throw new PermanentInvocationException(e.Message);
            }
        }));
}
