namespace Monitor.Application.Hosting;

/// <summary>
/// A clock that reads as another instant but runs at real speed, so delays and timeouts still elapse: `sweep`
/// uses it to look at the sample county as on a fixed day, and `--today` to replay a past or future day.
/// </summary>
public sealed class ShiftedTimeProvider(TimeProvider inner, TimeSpan shift) : TimeProvider
{
    /// <summary>A clock that reads <paramref name="now"/> at the moment of construction.</summary>
    public static ShiftedTimeProvider StartingAt(DateTimeOffset now, TimeProvider? inner = null)
    {
        inner ??= System;
        return new ShiftedTimeProvider(inner, now - inner.GetUtcNow());
    }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + shift;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
