using System.Collections.Concurrent;

namespace Monitor.Crawling.Fetching;

public sealed class PolitenessOptions
{
    /// <summary>Requests in flight at once to one host.</summary>
    public int MaxConcurrencyPerHost { get; set; } = 2;
    /// <summary>Minimum gap between the starts of two requests to one host.</summary>
    public TimeSpan DelayPerHost { get; set; } = TimeSpan.FromMilliseconds(500);
}

/// <summary>Keeps the crawler gentle with small township servers: per-host concurrency and spacing.</summary>
public sealed class PolitenessStage(PolitenessOptions options, TimeProvider time) : DelegatingHandler
{
    private sealed class HostGate(int concurrency)
    {
        public SemaphoreSlim Slots { get; } = new(concurrency, concurrency);
        public Lock Lock { get; } = new();
        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private readonly ConcurrentDictionary<string, HostGate> gates = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(request.RequestUri!.Authority, _ => new HostGate(Math.Max(1, options.MaxConcurrencyPerHost)));
        await gate.Slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (gate.Lock)
            {
                var now = time.GetUtcNow();
                var start = gate.NextStart > now ? gate.NextStart : now;
                gate.NextStart = start + options.DelayPerHost;
                wait = start - now;
            }
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Slots.Release();
        }
    }
}
