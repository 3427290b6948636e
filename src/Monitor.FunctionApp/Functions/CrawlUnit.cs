using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Monitor.Application.Configuration;
using Monitor.Application.Monitoring;
using Monitor.Application.Queues;
using Monitor.Web.Hosting;

namespace Monitor.FunctionApp.Functions;

/// <summary>
/// Queue crawl-requests: crawl one unit; new and changed documents land in the captures container. A message that can
/// never succeed (not JSON, no unit, a unit no longer registered) is logged and completed; anything else throws, so
/// the host retries and after maxDequeueCount parks it in crawl-requests-poison.
/// </summary>
public sealed class CrawlUnit(MonitorHostProvider monitor, ILogger<CrawlUnit> logger)
{
    [Function(nameof(CrawlUnit))]
    public async Task Run([QueueTrigger(QueueNames.CrawlRequests, Connection = AppSettingNames.StorageConnectionName)] string message,
        CancellationToken cancellationToken)
    {
        CrawlRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<CrawlRequest>(message, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            logger.LogError("Dropped a crawl request that is not JSON like {{\"unit\":\"id\"}}: {Reason}", e.Message);
            return;
        }
        if (string.IsNullOrWhiteSpace(request?.Unit))
        {
            logger.LogError("Dropped a crawl request that names no unit: {Message}", message);
            return;
        }
        var host = await monitor.GetAsync(cancellationToken);
        try
        {
            var outcome = await host.Crawl.CrawlAsync(request.Unit, cancellationToken);
            logger.LogInformation("{Unit}: {Outcome}, {Stored} new capture(s), {Requests} request(s){Unreachable}", request.Unit, outcome.Crawl.Outcome,
                outcome.Stored.Count, outcome.Crawl.Requests, outcome.Crawl.UnreachableReason is { } why ? $"; unreachable: {why}" : "");
        }
        catch (UnknownUnitException e)
        {
            // A unit removed from the registry after its message was queued: nothing to retry.
            logger.LogError("Dropped a crawl request: {Reason}", e.Message);
        }
    }
}
