namespace Monitor.Testing;

/// <summary>
/// One in-memory Azurite per test project, for an xunit collection fixture: declare in the test project
/// <c>[CollectionDefinition("Azurite")] public class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;</c>
/// and give each test its own container and table names.
/// </summary>
public sealed class AzuriteFixture : IDisposable
{
    private readonly AzuriteProcess azurite = new();

    public string ConnectionString => azurite.ConnectionString;

    /// <summary>Restarts the emulator on the same ports; in-memory data is lost.</summary>
    public void Restart() => azurite.Restart();

    /// <summary>A name unique to this run, usable as container ("prefix-xxxx") or, without dashes, as table name.</summary>
    public static string UniqueName(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 12, 63)];

    public void Dispose() => azurite.Dispose();
}
