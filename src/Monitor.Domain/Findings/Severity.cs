namespace Monitor.Domain.Findings;

/// <summary>How urgently the county office must act on a finding (rules.md, "Severity").</summary>
public enum Severity
{
    /// <summary>An observation that helps a reviewer.</summary>
    Info = 0,
    /// <summary>A likely defect or departure from the national format; weekly summary only.</summary>
    Warning = 1,
    /// <summary>A defect the office must act on; triggers an immediate alert.</summary>
    Error = 2,
}

public static class SeverityNames
{
    /// <summary>Lower-case English name used in JSON and rule tables.</summary>
    public static string Code(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Chinese label shown to officials.</summary>
    public static string Chinese(this Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
