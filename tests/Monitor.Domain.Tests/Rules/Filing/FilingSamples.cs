using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Filing;

namespace Monitor.Domain.Tests.Rules.Filing;

internal static class FilingSamples
{
    /// <summary>A township's 2025 report, due 2026-01-31, looked at on the given CST date.</summary>
    public static FilingContext Xutao(DateOnly today) =>
        new("xutao", "中宁县徐套乡", UnitType.Township, 2025, new DateOnly(2026, 1, 31), today);

    public static (string Id, string? Found)[] Run(IFilingRule rule, FilingContext context) =>
        [.. rule.Evaluate(context).Findings.Select(f => (f.RuleId, f.Found))];
}
