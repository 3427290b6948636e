using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Monitor.Testing;

/// <summary>
/// One Azurite emulator on loopback, on free ports that stay the same across <see cref="Restart"/> so a
/// connection string handed out before a restart keeps working. With in-memory persistence a restart loses
/// all data; pass a folder to keep it.
/// </summary>
public sealed class AzuriteProcess : IDisposable
{
    private const string Version = "3.35.0";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string? dataFolder;
    private Process? process;

    public AzuriteProcess(string? dataFolder = null)
    {
        this.dataFolder = dataFolder;
        Executable = EnsureInstalled();
        for (var attempt = 1; ; attempt++)
        {
            (BlobPort, QueuePort, TablePort) = (FreePort(), FreePort(), FreePort());
            try
            {
                Start();
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Another process may have taken a port between probing and binding; try fresh ports.
            }
        }
    }

    public string Executable { get; }
    public int BlobPort { get; private set; }
    public int QueuePort { get; private set; }
    public int TablePort { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <summary>Stops the emulator and starts it again on the same ports.</summary>
    public void Restart()
    {
        Stop();
        Start();
    }

    public void Dispose() => Stop();

    /// <summary>Starts the emulator on its ports (after <see cref="Stop"/>: an outage ends).</summary>
    public void Start()
    {
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments()) info.ArgumentList.Add(argument);
        var started = Process.Start(info) ?? throw new InvalidOperationException("Azurite did not start.");
        started.OutputDataReceived += (_, _) => { };
        started.ErrorDataReceived += (_, _) => { };
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        process = started;

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!(Listening(BlobPort) && Listening(QueuePort) && Listening(TablePort)))
        {
            if (started.HasExited) throw new InvalidOperationException($"Azurite exited with code {started.ExitCode} while starting.");
            if (DateTime.UtcNow > deadline)
            {
                Stop();
                throw new InvalidOperationException($"Azurite was not listening after {StartTimeout.TotalSeconds} s.");
            }
            Thread.Sleep(100);
        }
    }

    private IEnumerable<string> Arguments()
    {
        yield return "--disableTelemetry";
        yield return "--skipApiVersionCheck";
        if (dataFolder is null)
        {
            yield return "--inMemoryPersistence";
        }
        else
        {
            yield return "--location";
            yield return dataFolder;
        }
        foreach (var (service, port) in new[] { ("blob", BlobPort), ("queue", QueuePort), ("table", TablePort) })
        {
            yield return $"--{service}Host";
            yield return "127.0.0.1";
            yield return $"--{service}Port";
            yield return port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Stops the emulator, keeping its ports and (with a data folder) its data: an outage begins.</summary>
    public void Stop()
    {
        var running = process;
        process = null;
        if (running is null) return;
        try
        {
            // A persistent emulator flushes its metadata database on SIGINT; a hard kill would lose recent writes.
            if (dataFolder is not null && !running.HasExited) Interrupt(running.Id);
            if (!running.WaitForExit(dataFolder is null ? 0 : 10_000))
            {
                running.Kill(entireProcessTree: true);
                running.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        running.Dispose();
    }

    private static void Interrupt(int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false });
        kill?.WaitForExit(5_000);
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Installs Azurite into .tools/azurite when missing, so `dotnet test` alone works on a fresh clone.</summary>
    private static string EnsureInstalled()
    {
        var prefix = RepoRoot.Combine(".tools", "azurite");
        var executable = Path.Combine(prefix, "node_modules", ".bin", "azurite");
        if (File.Exists(executable)) return executable;

        Directory.CreateDirectory(prefix);
        // Test projects run in parallel processes; a lock file keeps two installs from interleaving.
        using var gate = AcquireInstallLock(Path.Combine(prefix, ".install.lock"));
        if (File.Exists(executable)) return executable;
        var npm = new ProcessStartInfo("npm") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "install", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", $"azurite@{Version}" })
            npm.ArgumentList.Add(argument);
        using var install = Process.Start(npm) ?? throw new InvalidOperationException("npm could not be started.");
        var errors = install.StandardError.ReadToEndAsync();
        install.StandardOutput.ReadToEnd();
        install.WaitForExit();
        if (install.ExitCode != 0 || !File.Exists(executable))
            throw new InvalidOperationException($"npm install azurite@{Version} failed ({install.ExitCode}): {errors.Result}");
        return executable;
    }

    private static FileStream AcquireInstallLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500);
            }
        }
    }
}
