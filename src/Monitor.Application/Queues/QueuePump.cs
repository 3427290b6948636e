namespace Monitor.Application.Queues;

/// <summary>What the pump does with messages that keep failing, mirroring the Functions host's queue settings.</summary>
public sealed record QueuePumpOptions
{
    /// <summary>Attempts before a message is moved to the poison queue (host.json <c>maxDequeueCount</c>).</summary>
    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>Delay before the second attempt; doubled for each further attempt.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a continuously running pump looks for new messages.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Longest wait a drain (one `sweep` cycle) makes for a message to become visible. A mail waiting for the
    /// outbox's next attempt minutes away stays in the queue for the next run instead of holding the cycle.
    /// </summary>
    public TimeSpan MaxDrainWait { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Standalone replacement for the Functions host's queue triggers: hands each message of a
/// <see cref="LocalFolderWorkQueue"/> to the handler registered for its queue, retries failures with exponential
/// backoff, and parks a message in the poison queue with the reason after too many attempts, checking the count
/// before dispatch so that a message which kills the process cannot do so forever.
/// </summary>
public sealed class QueuePump(LocalFolderWorkQueue queue, TimeProvider time, QueuePumpOptions options)
{
    private readonly Dictionary<string, Func<QueuedMessage, CancellationToken, Task>> handlers = new(StringComparer.Ordinal);

    /// <summary>Raised after each handled or failed message, for progress output.</summary>
    public event Action<QueuedMessage, Exception?>? Processed;

    public QueuePump On(string queueName, Func<QueuedMessage, CancellationToken, Task> handler)
    {
        handlers[queueName] = handler;
        return this;
    }

    /// <summary>
    /// Processes messages until every registered queue is empty, waiting out retry delays up to
    /// <see cref="QueuePumpOptions.MaxDrainWait"/>; later messages stay queued. Handlers may enqueue more work (a
    /// crawl queues alerts); that is processed too. Returns how many attempts were made.
    /// </summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var attempts = 0;
        while (true)
        {
            var handled = await ProcessVisibleAsync(cancellationToken).ConfigureAwait(false);
            attempts += handled;
            if (handled > 0)
            {
                continue;
            }

            var next = handlers.Keys.Select(queue.NextVisibleAt).Where(at => at is not null).Min();
            if (next is null)
            {
                return attempts;
            }

            var wait = next.Value - time.GetUtcNow();
            if (wait > options.MaxDrainWait)
            {
                return attempts;
            }
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs until cancelled, for the long-running standalone host.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (await ProcessVisibleAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                try
                {
                    await Task.Delay(options.PollInterval, time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<int> ProcessVisibleAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        foreach (var (queueName, handler) in handlers)
        {
            while (await queue.TryReceiveAsync(queueName, cancellationToken).ConfigureAwait(false) is { } message)
            {
                handled++;
                await HandleAsync(message, handler, cancellationToken).ConfigureAwait(false);
            }
        }

        return handled;
    }

    private async Task HandleAsync(QueuedMessage message, Func<QueuedMessage, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        // Receiving counts the attempt on disk before the handler runs, so deliveries whose handler took the process
        // down are counted too. Such a message goes to poison before it can take the process down once more, as the
        // Functions host does.
        if (message.DequeueCount > options.MaxDequeueCount)
        {
            var crashed = $"Delivered {message.DequeueCount - 1} times without completing (the process exited while handling it); not dispatched again."
                + (queue.LastError(message.QueueName, message.Id) is { } last ? $" Last error: {last}" : "");
            await queue.MoveToPoisonAsync(message, crashed, cancellationToken).ConfigureAwait(false);
            Processed?.Invoke(message, new InvalidOperationException(crashed));
            return;
        }

        try
        {
            await handler(message, cancellationToken).ConfigureAwait(false);
            queue.Complete(message);
            Processed?.Invoke(message, null);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = $"{failure.GetType().Name}: {failure.Message}";
            if (message.DequeueCount >= options.MaxDequeueCount)
            {
                await queue.MoveToPoisonAsync(message, reason, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var delay = options.FirstRetryDelay * Math.Pow(2, message.DequeueCount - 1);
                await queue.AbandonAsync(message, delay, reason, cancellationToken).ConfigureAwait(false);
            }

            Processed?.Invoke(message, failure);
        }
    }
}
