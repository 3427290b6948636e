namespace Monitor.Crawling.Fetching;

public sealed class BodySizeOptions
{
    /// <summary>Largest body read; a larger attachment is recorded as too large, not downloaded in full.</summary>
    public long MaxBytes { get; set; } = 30L * 1024 * 1024;
}
