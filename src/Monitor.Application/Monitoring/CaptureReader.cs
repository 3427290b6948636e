using System.Collections.Concurrent;
using Monitor.Domain.Capture;
using Monitor.Domain.Checking;

namespace Monitor.Application.Monitoring;

/// <summary>
/// Reads and parses stored captures. Captures are immutable, so a parsed report is cached by capture name: the
/// peers (Q03) and last year's report (T08/T09/Q02/Q04) of every validation are read once, not once per peer.
/// </summary>
public sealed class CaptureReader(ICaptureStore captures, ReportChecker checker, int capacity = 512)
{
    private readonly ConcurrentDictionary<string, ReadReport> cache = new(StringComparer.Ordinal);

    /// <summary>The parsed capture by name, or null when there is no such capture; a cached one costs no storage access.</summary>
    public async Task<ReadReport?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(name, out var cached)) return cached;
        var record = await captures.GetAsync(name, cancellationToken).ConfigureAwait(false);
        return record is null ? null : await ReadAsync(record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The parsed capture, or null when no content is stored under the name.</summary>
    public async Task<ReadReport?> ReadAsync(CaptureRecord record, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(record.Name, out var cached)) return cached;
        await using var stream = await captures.OpenReadAsync(record.Name, cancellationToken).ConfigureAwait(false);
        if (stream is null) return null;
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var read = checker.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), SourceName(record), record.ContentType);
        // A full cache is cleared rather than managed: a validation touches at most one county-year of reports.
        if (cache.Count >= capacity) cache.Clear();
        cache[record.Name] = read;
        return read;
    }

    /// <summary>The file name the extractor sees: the source URL's file name, else the capture's extension.</summary>
    private static string SourceName(CaptureRecord record)
    {
        var name = Uri.TryCreate(record.SourceUrl, UriKind.Absolute, out var url) ? Path.GetFileName(url.AbsolutePath) : "";
        return string.IsNullOrEmpty(Path.GetExtension(name)) ? $"capture.{record.FileExtension}" : name;
    }
}
