using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Monitor.Application.Queues;

/// <summary>
/// Azure Storage queues as the work queue. Messages are base64-encoded, as the Functions host's queue trigger
/// expects by default. A queue is created on first use, and again if it disappears (a fresh or reset account):
/// a missing queue is a setup detail, not a reason to fail an invocation.
/// </summary>
public sealed class AzureWorkQueue(QueueServiceClient service) : IWorkQueue
{
    private readonly ConcurrentDictionary<string, QueueClient> created = new(StringComparer.Ordinal);

    /// <param name="identityServiceUri">For identity-based access: the queue endpoint, whose host is the token audience (see StorageAudience).</param>
    public static QueueClientOptions ClientOptions(Uri? identityServiceUri = null)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (identityServiceUri is not null) options.Audience = new QueueAudience(Storage.Azure.StorageAudience.Of(identityServiceUri));
        return options;
    }

    public Task SendAsync(string queueName, string message, CancellationToken cancellationToken = default) =>
        SendLaterAsync(queueName, message, TimeSpan.Zero, cancellationToken);

    /// <summary>Storage queues hide a message for at most seven days.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    public async Task SendLaterAsync(string queueName, string message, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        var visibility = delay <= TimeSpan.Zero ? (TimeSpan?)null : delay > MaxDelay ? MaxDelay : delay;
        if (!created.TryGetValue(queueName, out var queue))
        {
            queue = service.GetQueueClient(queueName);
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            created[queueName] = queue;
        }
        try
        {
            await queue.SendMessageAsync(message, visibility, null, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.ErrorCode == QueueErrorCode.QueueNotFound)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await queue.SendMessageAsync(message, visibility, null, cancellationToken).ConfigureAwait(false);
        }
    }
}
