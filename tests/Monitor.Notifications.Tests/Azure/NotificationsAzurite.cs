using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Monitor.Notifications.Tests.Azure;

/// <summary>
/// Azurite (blob + table) on loopback for this project's Azure tests, started once per test collection.
/// Stand-in until the shared AzuriteFixture of tests/Monitor.Testing (branch storage) is merged; it uses the
/// same tool folder, flags and well-known development account.
/// </summary>
public sealed class NotificationsAzurite : IAsyncLifetime
{
    // Azurite's published development account key: public by design, not a secret.
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private Process? process;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var root = RepoRoot();
        var azurite = Path.Combine(root, ".tools", "azurite", "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
            throw new InvalidOperationException($"Azurite is not installed at {azurite}: run ./test.sh (it installs azurite@3.35.0 into .tools/azurite).");
        int blob = FreePort(), queue = FreePort(), table = FreePort();
        var start = new ProcessStartInfo(azurite)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--disableTelemetry", "--inMemoryPersistence", "--skipApiVersionCheck", "--silent",
            "--blobHost", "127.0.0.1", "--blobPort", $"{blob}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{table}",
        }) start.ArgumentList.Add(arg);
        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitForPortAsync(blob);
        await WaitForPortAsync(table);
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        process?.Dispose();
        return Task.CompletedTask;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Monitor.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Monitor.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForPortAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited) throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"Azurite did not listen on 127.0.0.1:{port} within 30 s.");
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<NotificationsAzurite>
{
    public const string Name = "notifications-azurite";
}
