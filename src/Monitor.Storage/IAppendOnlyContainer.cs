namespace Monitor.Storage;

/// <summary>
/// A flat namespace of write-once objects (a blob container or a folder). Creation is atomic and
/// create-if-absent, which is the only primitive the capture and result stores need for immutability
/// and for safe concurrent writers.
/// </summary>
public interface IAppendOnlyContainer
{
    /// <summary>Stores the object unless the name exists; false when it already existed (nothing written).</summary>
    Task<bool> TryCreateAsync(string name, ReadOnlyMemory<byte> content, ObjectProperties properties, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string name, CancellationToken cancellationToken);

    /// <summary>The object's bytes, or null when absent.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken);

    /// <summary>Where an object lives (a blob URL or a file URI), for links to evidence; the object need not exist.</summary>
    Uri LocationOf(string name);

    /// <summary>Names starting with the prefix, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListNamesAsync(string prefix, CancellationToken cancellationToken);
}

/// <summary>Content type and descriptive metadata; metadata values may be any Unicode text (adapters encode).</summary>
public sealed record ObjectProperties(string? ContentType, IReadOnlyDictionary<string, string>? Metadata = null)
{
    public static ObjectProperties Json { get; } = new("application/json; charset=utf-8");
}
