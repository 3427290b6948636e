using Monitor.Domain.Capture;

namespace Monitor.Storage;

/// <summary>The four stores of one backend, built together so a host picks a backend once.</summary>
public sealed record StoreSet(ICaptureStore Captures, IResultStore Results, IFilingIndex Filings, ICrawlStateStore CrawlState);
