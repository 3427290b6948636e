using System.Collections.Concurrent;
using Monitor.Crawling.Fetching;

namespace Monitor.Crawling;

/// <summary>
/// Listing pages that several registered units share (a county-wide 年报专栏) are fetched once per pass: the first
/// unit's fetch is remembered for a short while and the other units read the same answer. Only the URLs named as
/// shared are remembered; everything else goes to the site as usual.
/// </summary>
public sealed class ListingFetchMemo(IEnumerable<string> sharedUrls, TimeProvider time, TimeSpan? lifetime = null)
{
    private readonly HashSet<string> shared = new(sharedUrls, StringComparer.Ordinal);
    private readonly TimeSpan lifetime = lifetime ?? TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, Task<FetchResult> Fetch)> fetched = new(StringComparer.Ordinal);

    public bool IsShared(Uri url) => shared.Contains(url.ToString());

    public Task<FetchResult> FetchAsync(Uri url, Func<Task<FetchResult>> fetch)
    {
        if (!IsShared(url)) return fetch();
        var now = time.GetUtcNow();
        var entry = fetched.AddOrUpdate(url.ToString(),
            _ => (now, fetch()),
            (_, old) => now - old.At < lifetime && !old.Fetch.IsFaulted ? old : (now, fetch()));
        return entry.Fetch;
    }
}
