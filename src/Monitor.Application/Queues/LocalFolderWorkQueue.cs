using System.Text.Json;

namespace Monitor.Application.Queues;

/// <summary>
/// A durable queue in a local folder, for standalone runs (<c>serve</c>, <c>sweep</c>): one JSON file per message
/// under <c>{root}/{queue}/</c>, so work survives a crash or restart. Messages that fail too often move to
/// <c>{queue}-poison</c> with the reason, never deleted.
/// </summary>
/// <remarks>Safe for concurrent use within one process; not meant to be shared between processes.</remarks>
public sealed class LocalFolderWorkQueue : IWorkQueue
{
    private readonly string root;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private readonly HashSet<string> leased = new(StringComparer.Ordinal);

    public LocalFolderWorkQueue(string root, TimeProvider time)
    {
        this.root = root;
        this.time = time;
        Directory.CreateDirectory(root);
    }

    public Task SendAsync(string queueName, string message, CancellationToken cancellationToken = default) =>
        SendLaterAsync(queueName, message, TimeSpan.Zero, cancellationToken);

    public async Task SendLaterAsync(string queueName, string message, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var envelope = new Envelope(NewId(now), message, 0, now, delay > TimeSpan.Zero ? now + delay : now, null);
        await WriteAsync(queueName, envelope, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes the oldest message that is visible now, or null when there is none.</summary>
    public async Task<QueuedMessage?> TryReceiveAsync(string queueName, CancellationToken cancellationToken = default)
    {
        var folder = QueueFolder(queueName);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var now = time.GetUtcNow();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            lock (gate)
            {
                if (!leased.Add(path))
                {
                    continue;
                }
            }

            var envelope = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
            if (envelope is null || envelope.VisibleAt > now)
            {
                Release(path);
                continue;
            }

            var received = envelope with { DequeueCount = envelope.DequeueCount + 1 };
            await WriteFileAsync(path, received, cancellationToken).ConfigureAwait(false);
            return new QueuedMessage(queueName, received.Id, received.Body, received.DequeueCount, received.EnqueuedAt);
        }

        return null;
    }

    /// <summary>The message was handled: remove it.</summary>
    public void Complete(QueuedMessage message)
    {
        var path = MessagePath(message.QueueName, message.Id);
        File.Delete(path);
        Release(path);
    }

    /// <summary>The attempt failed: make the message visible again after <paramref name="delay"/>.</summary>
    public async Task AbandonAsync(QueuedMessage message, TimeSpan delay, string reason, CancellationToken cancellationToken = default)
    {
        var path = MessagePath(message.QueueName, message.Id);
        var envelope = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (envelope is not null)
        {
            await WriteFileAsync(path, envelope with { VisibleAt = time.GetUtcNow() + delay, LastError = reason }, cancellationToken)
                .ConfigureAwait(false);
        }

        Release(path);
    }

    /// <summary>Gives up on a message: it moves to the poison queue with the reason and stays there for people to see.</summary>
    public async Task MoveToPoisonAsync(QueuedMessage message, string reason, CancellationToken cancellationToken = default)
    {
        var path = MessagePath(message.QueueName, message.Id);
        var envelope = await ReadAsync(path, cancellationToken).ConfigureAwait(false)
            ?? new Envelope(message.Id, message.Body, message.DequeueCount, message.EnqueuedAt, time.GetUtcNow(), reason);
        await WriteAsync(QueueNames.Poison(message.QueueName), envelope with { LastError = reason }, cancellationToken).ConfigureAwait(false);
        File.Delete(path);
        Release(path);
    }

    /// <summary>Messages waiting in a queue (visible or not), oldest first, for status output and tests.</summary>
    public IReadOnlyList<QueuedMessage> Peek(string queueName)
    {
        var folder = QueueFolder(queueName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(path => JsonSerializer.Deserialize<Envelope>(File.ReadAllText(path)))
            .OfType<Envelope>()
            .Select(envelope => new QueuedMessage(queueName, envelope.Id, envelope.Body, envelope.DequeueCount, envelope.EnqueuedAt))
            .ToList();
    }

    /// <summary>The reason recorded with a poisoned or retried message.</summary>
    public string? LastError(string queueName, string id)
    {
        var path = MessagePath(queueName, id);
        return File.Exists(path) ? JsonSerializer.Deserialize<Envelope>(File.ReadAllText(path))?.LastError : null;
    }

    /// <summary>When the next message of a queue becomes visible, or null when the queue is empty.</summary>
    public DateTimeOffset? NextVisibleAt(string queueName)
    {
        var folder = QueueFolder(queueName);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        DateTimeOffset? next = null;
        foreach (var path in Directory.EnumerateFiles(folder, "*.json"))
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(File.ReadAllText(path));
            if (envelope is not null && (next is null || envelope.VisibleAt < next))
            {
                next = envelope.VisibleAt;
            }
        }

        return next;
    }

    private void Release(string path)
    {
        lock (gate)
        {
            leased.Remove(path);
        }
    }

    private string QueueFolder(string queueName) => Path.Combine(root, queueName);

    private string MessagePath(string queueName, string id) => Path.Combine(QueueFolder(queueName), id + ".json");

    private Task WriteAsync(string queueName, Envelope envelope, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(QueueFolder(queueName));
        return WriteFileAsync(MessagePath(queueName, envelope.Id), envelope, cancellationToken);
    }

    private static async Task WriteFileAsync(string path, Envelope envelope, CancellationToken cancellationToken)
    {
        // Write then rename, so a crash never leaves a half-written message behind.
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(envelope), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    private static async Task<Envelope?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return JsonSerializer.Deserialize<Envelope>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static string NewId(DateTimeOffset now) =>
        // Time first so that file order is arrival order; the Guid part keeps ids unique within one tick.
        $"{now.UtcDateTime:yyyyMMddTHHmmssfffffff}-{Guid.NewGuid():N}";

    private sealed record Envelope(
        string Id,
        string Body,
        int DequeueCount,
        DateTimeOffset EnqueuedAt,
        DateTimeOffset VisibleAt,
        string? LastError);
}
