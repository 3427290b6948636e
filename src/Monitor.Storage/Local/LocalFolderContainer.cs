namespace Monitor.Storage.Local;

/// <summary>
/// A folder as a write-once container: names with '/' become subfolders. Each object is written to a
/// temporary file and moved into place without overwrite, so readers never see partial content and
/// exactly one of several concurrent creators wins (even across processes on one machine).
/// </summary>
public sealed class LocalFolderContainer(string root) : IAppendOnlyContainer
{
    private const string TempMarker = ".tmp-";

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<bool> TryCreateAsync(string name, ReadOnlyMemory<byte> content, ObjectProperties properties, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (File.Exists(path)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $"{TempMarker}{Guid.NewGuid():N}");
        await File.WriteAllBytesAsync(temp, content, cancellationToken);
        try
        {
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return false;
        }
    }

    public Uri LocationOf(string name) => new(PathOf(name));

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(name)));

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<IReadOnlyList<string>> ListNamesAsync(string prefix, CancellationToken cancellationToken)
    {
        var slash = prefix.LastIndexOf('/');
        var folder = slash < 0 ? Root : PathOf(prefix[..slash]);
        if (!Directory.Exists(folder)) return Task.FromResult<IReadOnlyList<string>>([]);
        IReadOnlyList<string> names = [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith(TempMarker, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
        return Task.FromResult(names);
    }

    private string PathOf(string name)
    {
        var segments = name.Split('/');
        if (segments.Any(s => s is "" or "." or ".." || s.StartsWith(TempMarker, StringComparison.Ordinal) || s.Contains('\\')))
            throw new ArgumentException($"'{name}' is not a valid object name.", nameof(name));
        return Path.Combine([Root, .. segments]);
    }
}
