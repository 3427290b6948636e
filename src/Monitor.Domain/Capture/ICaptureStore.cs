namespace Monitor.Domain.Capture;

/// <summary>
/// Immutable evidence store for fetched report pages and attachments. Nothing is ever overwritten or
/// deleted: a save with the same hash as the latest version of its source URL stores nothing, and a second
/// writer of the same name is a no-op, not an error. Safe for concurrent savers of the same content.
/// </summary>
public interface ICaptureStore
{
    /// <summary>
    /// Stores the bytes unless they equal the latest version of the same (county, unit, year, source URL).
    /// Throws <see cref="ArgumentException"/> for county or unit ids that <see cref="CaptureName.IsValidId"/> refuses
    /// (the registry loader should have rejected them).
    /// </summary>
    Task<CaptureSaveResult> SaveAsync(CaptureDraft draft, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>The stored bytes, or null when no capture has that name.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Where the capture's bytes are kept (a blob URL or a file URI), for links in alerts and summaries.</summary>
    Uri ContentLocation(string name);

    /// <summary>The record of a capture, or null when no capture has that name.</summary>
    Task<CaptureRecord?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Captures of a county, optionally of one unit and year, ordered by name (per unit-year: by fetch time).</summary>
    Task<IReadOnlyList<CaptureRecord>> ListAsync(string countyId, string? unitId = null, int? reportYear = null, CancellationToken cancellationToken = default);
}
