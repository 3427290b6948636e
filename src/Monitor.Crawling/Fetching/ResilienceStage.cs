using System.Collections.Concurrent;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Monitor.Crawling.Fetching;

public sealed class ResilienceOptions
{
    /// <summary>Time allowed for one attempt (until response headers).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);
    public int MaxRetries { get; set; } = 3;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Failure ratio over the sampling window that opens a host's circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;
    public int BreakerMinimumThroughput { get; set; } = 6;
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>
/// Timeouts, jittered exponential retries on transient failures (5xx, 408, 429, connection errors, timeouts) and
/// a circuit breaker per host, so that one township's dead server stops costing requests without affecting others.
/// </summary>
public static class ResilienceStage
{
    public static DelegatingHandler Create(ResilienceOptions options, TimeProvider time)
    {
        var perHost = new ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>>(StringComparer.OrdinalIgnoreCase);
        return new ResilienceHandler(request => perHost.GetOrAdd(request.RequestUri!.Authority, _ => Build(options, time)));
    }

    private static ResiliencePipeline<HttpResponseMessage> Build(ResilienceOptions o, TimeProvider time) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = o.MaxRetries,
                Delay = o.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // A server's Retry-After could ask for hours; the crawl pass keeps its own schedule.
                ShouldRetryAfterHeader = false,
                // A connection the guard refused is refused again on every attempt.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception?.InnerException is not CrawlRefusedException
                    && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = o.BreakerFailureRatio,
                MinimumThroughput = o.BreakerMinimumThroughput,
                SamplingDuration = o.BreakerSamplingDuration,
                BreakDuration = o.BreakerBreakDuration,
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = o.AttemptTimeout })
            .Build();
}
