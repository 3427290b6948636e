using Monitor.Domain.Capture;
using Monitor.Domain.Review;

namespace Monitor.Storage;

/// <summary>The four stores of one backend, built together so a host picks a backend once.</summary>
public sealed record StoreSet(ICaptureStore Captures, IResultStore Results, IFilingIndex Filings, ICrawlStateStore CrawlState, IReviewStore Reviews)
{
    /// <summary>Which store this is, as an official reads it in a fault message: "本地数据文件夹 /srv/monitor/.data".</summary>
    public string Name { get; init; } = "存储";
}
