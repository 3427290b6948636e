using System.Text.Json;

namespace Monitor.FunctionApp.CustomHandler;

/// <summary>The timer binding's payload: only IsPastDue matters (a late firing still does its whole work).</summary>
public static class TimerInfo
{
    public const string Binding = "timer";

    public static bool IsPastDue(InvocationRequest request) =>
        request.Data.TryGetValue(Binding, out var timer) && timer.ValueKind == JsonValueKind.Object
        && timer.TryGetProperty("IsPastDue", out var pastDue) && pastDue.ValueKind == JsonValueKind.True;
}
