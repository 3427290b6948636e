using System.Collections.Concurrent;
using Azure.Storage.Queues;

namespace Monitor.Application.Queues;

/// <summary>
/// Azure Storage queues as the work queue. Messages are base64-encoded, as the Functions host's queue trigger
/// expects by default; each queue is created on first use.
/// </summary>
public sealed class AzureWorkQueue(QueueServiceClient service) : IWorkQueue
{
    private readonly ConcurrentDictionary<string, Lazy<Task<QueueClient>>> queues = new(StringComparer.Ordinal);

    public static QueueClientOptions ClientOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    public async Task SendAsync(string queueName, string message, CancellationToken cancellationToken = default)
    {
        var queue = await queues.GetOrAdd(queueName, name => new Lazy<Task<QueueClient>>(async () =>
        {
            var client = service.GetQueueClient(name);
            await client.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
            return client;
        })).Value.ConfigureAwait(false);
        await queue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
