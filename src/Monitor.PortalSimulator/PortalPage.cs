namespace Monitor.PortalSimulator;

/// <summary>How the fake portal answers one path. Everything optional except some body source.</summary>
public sealed class PortalPage
{
    /// <summary>Body per version; <see cref="FakePortal.Version"/> picks one (the last when the index is past the end).</summary>
    public List<byte[]> Versions { get; set; } = [];
    /// <summary>When set, a body of this many bytes is generated on the fly instead of stored.</summary>
    public long? GeneratedBytes { get; set; }
    public string ContentType { get; set; } = "text/html";
    public string? Charset { get; set; }
    /// <summary>Send ETag and Last-Modified and answer matching conditional requests with 304.</summary>
    public bool Validators { get; set; }
    /// <summary>Statuses for successive requests (e.g. 500, 500, 200); the last repeats.</summary>
    public List<int> StatusSequence { get; set; } = [];
    /// <summary>Delay before answering each request, per request number (last repeats); a long one makes a timeout.</summary>
    public List<int> DelaysMs { get; set; } = [];
    /// <summary>Path or URL to redirect to with 302.</summary>
    public string? RedirectTo { get; set; }
    /// <summary>Extra response headers (e.g. Content-Disposition of a download servlet).</summary>
    public Dictionary<string, string> Headers { get; set; } = [];
    public DateTimeOffset LastModified { get; set; } = new(2026, 1, 20, 2, 0, 0, TimeSpan.Zero);
}
