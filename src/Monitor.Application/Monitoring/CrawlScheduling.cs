using System.Text.Json;
using Monitor.Application.Queues;

namespace Monitor.Application.Monitoring;

/// <summary>The body of a <c>crawl-requests</c> message: one registry unit to crawl.</summary>
public sealed record CrawlRequest(string Unit);

/// <summary>ScheduleCrawl: one <c>crawl-requests</c> message per registry unit, so each unit is crawled (and retried) on its own.</summary>
public sealed class CrawlScheduling(MonitorServices services)
{
    public async Task<int> ScheduleAsync(CancellationToken cancellationToken = default)
    {
        foreach (var unit in services.Registry.Units)
        {
            await services.Queue.SendAsync(QueueNames.CrawlRequests, JsonSerializer.Serialize(new CrawlRequest(unit.Id), JsonSerializerOptions.Web),
                cancellationToken).ConfigureAwait(false);
        }
        return services.Registry.Units.Count;
    }
}
