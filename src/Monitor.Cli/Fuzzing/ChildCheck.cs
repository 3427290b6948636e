using System.Diagnostics;
using System.Globalization;

namespace Monitor.Cli.Fuzzing;

/// <summary>How one `monitor check` child process ended, with its wall time and peak resident memory.</summary>
public sealed record ChildOutcome(int? ExitCode, bool TimedOut, TimeSpan Elapsed, long PeakResidentBytes, string Stdout, string Stderr);

/// <summary>
/// Runs `monitor check` in a child process, so an input that kills a process (a stack overflow cannot be caught)
/// costs that child only, and measures it: wall time, and peak resident set from /proc (VmHWM, polled while it
/// runs; the kernel keeps the high-water mark, so only growth in the last poll interval before exit can be missed).
/// </summary>
public static class ChildCheck
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>The monitor beside this assembly: the apphost when there is one, else `dotnet monitor.dll`.</summary>
    public static (string FileName, IReadOnlyList<string> Prefix) MonitorCommand(string? baseDirectory = null)
    {
        var folder = baseDirectory ?? AppContext.BaseDirectory;
        var apphost = Path.Combine(folder, OperatingSystem.IsWindows() ? "monitor.exe" : "monitor");
        return File.Exists(apphost) ? (apphost, []) : ("dotnet", [Path.Combine(folder, "monitor.dll")]);
    }

    public static async Task<ChildOutcome> RunAsync(IReadOnlyList<string> checkArguments, TimeSpan timeout, CancellationToken cancellationToken,
        string? baseDirectory = null)
    {
        var (fileName, prefix) = MonitorCommand(baseDirectory);
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in prefix.Concat(checkArguments)) info.ArgumentList.Add(argument);
        // A dump or a crash report of a deliberately hostile input is noise, not evidence.
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        long peak = 0;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var timedOut = false;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            try
            {
                await Task.Delay(PollInterval, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
                break;
            }
        }
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        clock.Stop();
        return new ChildOutcome(timedOut ? null : process.ExitCode, timedOut, clock.Elapsed, peak,
            await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    /// <summary>VmHWM of a running process in bytes, or 0 when it has exited or /proc is not there.</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // The process exited between the check and the read.
        }
        return 0;
    }
}
