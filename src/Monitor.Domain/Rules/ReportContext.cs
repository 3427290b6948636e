using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules;

/// <summary>
/// Everything a report rule may look at: the parsed report and optional, explicit context. A rule whose
/// context is absent is skipped with a reason, never guessed (rules.md).
/// </summary>
public sealed record ReportContext(AnnualReport Report)
{
    /// <summary>The unit type given by the caller or registry; when null, <see cref="EffectiveUnitType"/> infers it.</summary>
    public UnitType? UnitType { get; init; }

    /// <summary>The registered name of the unit whose page published the report (M04), when known.</summary>
    public string? RegisteredUnitName { get; init; }

    /// <summary>The reporting year asked for (e.g. by the crawler); otherwise publication year − 1 when known.</summary>
    public int? ExpectedYear { get; init; }

    /// <summary>Publication date as stated on the page (China Standard Time date).</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>When the monitor first captured the report; stands in for a missing publication date (F03).</summary>
    public DateTimeOffset? FirstSeenAt { get; init; }

    /// <summary>The unit's deadline for this report year, grace days included (China Standard Time date).</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The same unit's report on the previous year (T08, T09, Q02, Q04).</summary>
    public AnnualReport? PreviousYear { get; init; }

    /// <summary>Other units' reports of the same year (Q03), with their issuers.</summary>
    public IReadOnlyList<AnnualReport> Peers { get; init; } = [];

    /// <summary>
    /// A near-duplicate index over <see cref="Peers"/> when they are a whole county-year checked together: Q03 then
    /// measures only the likely copies. Null means every peer is measured.
    /// </summary>
    public Quality.NearDuplicateIndex? PeerIndex { get; init; }

    /// <summary>True when Peers was supplied, even if empty (an empty county-year is still context).</summary>
    public bool HasPeers { get; init; }

    /// <summary>The unit type given, else inferred from the issuer name; null when neither is possible.</summary>
    public UnitType? EffectiveUnitType => UnitType ?? UnitTypes.InferFromIssuer(Report.Issuer);

    /// <summary>The reporting year the report should cover: asked for, else publication year − 1.</summary>
    public int? EffectiveExpectedYear => ExpectedYear ?? (PublishedOn is { } published ? published.Year - 1 : null);
}
