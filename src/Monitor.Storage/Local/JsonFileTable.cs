using System.Collections.Concurrent;

namespace Monitor.Storage.Local;

/// <summary>
/// A small table of JSON rows as files <c>{partition}/{row}.json</c> (keys escaped), each replaced atomically
/// through a temporary file and a rename. One lock per folder (shared by every instance on it) serialises the
/// check-and-write of optimistic concurrency within the process.
/// </summary>
internal sealed class JsonFileTable(string root)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim gate = Gates.GetOrAdd(Path.GetFullPath(root), _ => new SemaphoreSlim(1, 1));

    public async Task<(T Value, string ETag)?> GetAsync<T>(string partition, string row, CancellationToken cancellationToken)
    {
        var envelope = await StorageJson.ReadAsync<Row<T>>(Open(PathOf(partition, row)), cancellationToken);
        return envelope is null ? null : (envelope.Value, envelope.ETag);
    }

    public async Task<IReadOnlyList<(T Value, string ETag)>> ListAsync<T>(string partition, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(root, KeyEscaping.Escape(partition));
        if (!Directory.Exists(folder)) return [];
        var rows = new List<(T, string)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            if (await StorageJson.ReadAsync<Row<T>>(Open(file), cancellationToken) is { } envelope) rows.Add((envelope.Value, envelope.ETag));
        }
        return rows;
    }

    /// <summary>
    /// Writes the row when <paramref name="expectedETag"/> matches: null expects no row, "*" accepts anything.
    /// Returns the new ETag, or null on a conflict.
    /// </summary>
    public async Task<string?> TryWriteAsync<T>(string partition, string row, T value, string? expectedETag, CancellationToken cancellationToken)
    {
        var path = PathOf(partition, row);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (expectedETag != "*")
            {
                var current = await StorageJson.ReadAsync<Row<T>>(Open(path), cancellationToken);
                if (current?.ETag != expectedETag) return null;
            }
            var etag = Guid.NewGuid().ToString("N");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + $".tmp-{Guid.NewGuid():N}";
            await File.WriteAllBytesAsync(temp, StorageJson.Serialize(new Row<T>(etag, value)), cancellationToken);
            File.Move(temp, path, overwrite: true);
            return etag;
        }
        finally
        {
            gate.Release();
        }
    }

    private string PathOf(string partition, string row) =>
        Path.Combine(root, KeyEscaping.Escape(partition), KeyEscaping.Escape(row) + ".json");

    private static FileStream? Open(string path) =>
        File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete) : null;

    private sealed record Row<T>(string ETag, T Value);
}
