using System.Runtime.InteropServices;

namespace Monitor.Benchmarks;

/// <summary>CPU time consumed by the calling thread (Linux clock_gettime); elapsed time where that is unavailable.</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    private static readonly bool Available = OperatingSystem.IsLinux();

    public static long Nanoseconds()
    {
        if (!Available) return (long)(System.Diagnostics.Stopwatch.GetTimestamp() * (1e9 / System.Diagnostics.Stopwatch.Frequency));
        ClockGetTime(ClockThreadCpuTimeId, out var time);
        return time.Seconds * 1_000_000_000 + time.Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
