using Cronos;

namespace Monitor.Application.Scheduling;

/// <summary>
/// A timer function's NCRONTAB schedule (six fields, seconds first), evaluated in UTC exactly as the Functions
/// host does on Linux plans. The county works in China Standard Time (UTC+8): "0 0 1 * * *" fires at 09:00 CST.
/// </summary>
public sealed class TimerSchedule
{
    private readonly CronExpression expression;

    private TimerSchedule(string text, CronExpression expression)
    {
        Text = text;
        this.expression = expression;
    }

    public string Text { get; }

    /// <summary>Parses a schedule, or explains in the error which setting is wrong and why.</summary>
    public static TimerSchedule Parse(string settingName, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidOperationException($"Setting {settingName} is empty; it must hold an NCRONTAB schedule such as \"0 30 0 * * *\".");
        }

        try
        {
            return new TimerSchedule(text.Trim(), CronExpression.Parse(text.Trim(), CronFormat.IncludeSeconds));
        }
        catch (CronFormatException error)
        {
            throw new InvalidOperationException(
                $"Setting {settingName} = \"{text}\" is not a valid six-field NCRONTAB schedule (second minute hour day month weekday): {error.Message}",
                error);
        }
    }

    /// <summary>The first firing strictly after <paramref name="after"/>, in UTC.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) =>
        expression.GetNextOccurrence(after.ToUniversalTime(), TimeZoneInfo.Utc);
}

/// <summary>
/// Fires a timer function on its schedule for the standalone host, as the Functions host would: one firing per
/// occurrence, <c>IsPastDue</c> when the process woke up later than the occurrence (after a stall or sleep).
/// </summary>
public sealed class TimerLoop(string functionName, TimerSchedule schedule, TimeProvider time, Func<TimerFiring, CancellationToken, Task> fire)
{
    public string FunctionName { get; } = functionName;

    /// <summary>How late a firing may be before it counts as past due.</summary>
    public static TimeSpan PastDueAfter { get; } = TimeSpan.FromSeconds(30);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var last = time.GetUtcNow();
        while (!cancellationToken.IsCancellationRequested)
        {
            var next = schedule.NextAfter(last);
            if (next is null)
            {
                return;
            }

            var wait = next.Value - time.GetUtcNow();
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var now = time.GetUtcNow();
            await fire(new TimerFiring(FunctionName, next.Value, now, now - next.Value > PastDueAfter), cancellationToken).ConfigureAwait(false);
            last = next.Value;
        }
    }
}

/// <summary>One firing of a timer: when it was scheduled, when it actually ran, and whether it ran late.</summary>
public sealed record TimerFiring(string FunctionName, DateTimeOffset ScheduledAt, DateTimeOffset FiredAt, bool IsPastDue);
