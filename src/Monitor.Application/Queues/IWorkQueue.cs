namespace Monitor.Application.Queues;

/// <summary>
/// Sends work to a named queue: <c>crawl-requests</c> and <c>alerts</c>. In Azure the Functions host consumes the
/// Storage queues and invokes the queue-triggered functions; standalone, <see cref="QueuePump"/> does.
/// </summary>
public interface IWorkQueue
{
    Task SendAsync(string queueName, string message, CancellationToken cancellationToken = default);

    /// <summary>Sends a message that becomes visible only after <paramref name="delay"/> (at most seven days).</summary>
    Task SendLaterAsync(string queueName, string message, TimeSpan delay, CancellationToken cancellationToken = default);
}

/// <summary>The queues of the monitor, named as in the functions' trigger attributes and the infrastructure template.</summary>
public static class QueueNames
{
    public const string CrawlRequests = "crawl-requests";
    public const string Alerts = "alerts";

    /// <summary>Where a message goes after too many failed attempts (the Functions host uses the same suffix).</summary>
    public static string Poison(string queueName) => queueName + "-poison";
}

/// <summary>A message taken from a queue, with how often it has been handed out (1 on the first attempt).</summary>
public sealed record QueuedMessage(string QueueName, string Id, string Body, int DequeueCount, DateTimeOffset EnqueuedAt);
