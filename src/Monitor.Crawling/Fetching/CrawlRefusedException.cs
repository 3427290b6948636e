namespace Monitor.Crawling.Fetching;

/// <summary>
/// Raised by a fetching stage that will not send a request (host not in the registry, robots.txt, redirect
/// loop). <see cref="PageFetcher"/> turns it into a refused <see cref="FetchResult"/>; it never leaves the fetcher.
/// </summary>
public sealed class CrawlRefusedException(string reasonChinese) : Exception(reasonChinese);
