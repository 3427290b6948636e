using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Monitor.Notifications.Local;

/// <summary>
/// JSON documents in a folder, written atomically (temp file + rename) under one lock per folder, so concurrent
/// writers in one process never see a half-written file or lose an update between read and write.
/// </summary>
internal sealed partial class JsonFileStore
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new(StringComparer.Ordinal);

    /// <summary>Enums as names, so stored files survive reordering of an enum and read well.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly SemaphoreSlim gate;

    public JsonFileStore(string folder)
    {
        Folder = Path.GetFullPath(folder);
        gate = Locks.GetOrAdd(Folder, _ => new SemaphoreSlim(1, 1));
    }

    public string Folder { get; }

    public async Task<T> LockedAsync<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await action().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<T?> ReadAsync<T>(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (!File.Exists(path)) return default;
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteAsync<T>(string name, T value, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await using (var stream = File.Create(temp))
        {
            await JsonSerializer.SerializeAsync(stream, value, Json, cancellationToken).ConfigureAwait(false);
        }
        File.Move(temp, path, overwrite: true);
    }

    public IEnumerable<string> Names() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.json").Select(p => Path.GetFileNameWithoutExtension(p)!)
            : [];

    private string PathOf(string name) => Path.Combine(Folder, name + ".json");

    /// <summary>A file-name-safe form of an id: kept when plain ASCII, else a hash (ids may be Chinese or contain "..").</summary>
    public static string SafeName(string id) =>
        PlainName().IsMatch(id) ? id : "h-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..24];

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex PlainName();
}
