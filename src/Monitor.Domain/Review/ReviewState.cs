namespace Monitor.Domain.Review;

/// <summary>Where the county office's review of one finding stands.</summary>
public enum ReviewState
{
    /// <summary>待核实: new, nobody has looked at it yet.</summary>
    New,
    /// <summary>已确认: the finding is right; the unit must correct its report.</summary>
    Confirmed,
    /// <summary>已排除: the monitor misread the report; never alerted again.</summary>
    Dismissed,
    /// <summary>已整改: the finding disappeared from a later version of the report (set by the monitor).</summary>
    Fixed,
}

public static class ReviewStates
{
    public static string Chinese(this ReviewState state) => state switch
    {
        ReviewState.New => "待核实",
        ReviewState.Confirmed => "已确认",
        ReviewState.Dismissed => "已排除",
        ReviewState.Fixed => "已整改",
        _ => state.ToString(),
    };

    public static string Code(this ReviewState state) => state switch
    {
        ReviewState.New => "new",
        ReviewState.Confirmed => "confirmed",
        ReviewState.Dismissed => "dismissed",
        ReviewState.Fixed => "fixed",
        _ => state.ToString(),
    };

    public static ReviewState? FromCode(string? code) =>
        Enum.GetValues<ReviewState>().Cast<ReviewState?>().FirstOrDefault(s => s!.Value.Code() == code);

    /// <summary>Still open: the office has something to do (check it, or chase the unit).</summary>
    public static bool IsOpen(this ReviewState state) => state is ReviewState.New or ReviewState.Confirmed;
}
