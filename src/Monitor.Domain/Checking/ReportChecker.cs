using Monitor.Domain.Documents;
using Monitor.Domain.Parsing;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Quality;

namespace Monitor.Domain.Checking;

/// <summary>How long each stage took for one report, in milliseconds.</summary>
public sealed record CheckTimings(double ExtractMs, double ParseMs, double ValidateMs);

/// <summary>
/// A document read and parsed but not yet validated. Reading is split from validating because a county-year
/// is validated as a whole: each report's peers (Q03) are the other reports of the same folder or listing.
/// </summary>
public sealed record ReadReport(string Source, ExtractedDocument Document, AnnualReport Report, TimeSpan ExtractTime, TimeSpan ParseTime)
{
    /// <summary>
    /// How much of a national-format report the document holds — statistical tables weigh most, then parts; −1 when
    /// unreadable. Picks the report among a page and its attachments (a page that only links to a DOCX gives way).
    /// </summary>
    public int Completeness => Document.IsReadable ? Report.Tables.Count * 10 + Report.Parts.Count : -1;
}

/// <summary>
/// Context the caller knows about every report of one run (CLI flags, registry entry, crawl metadata).
/// Everything is optional: rules whose context is absent are skipped with a reason.
/// </summary>
public sealed record CheckOptions
{
    public UnitType? UnitType { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public DateOnly? Deadline { get; init; }

    public DateTimeOffset? FirstSeenAt { get; init; }

    public int? ExpectedYear { get; init; }

    public string? RegisteredUnitName { get; init; }

    public AnnualReport? PreviousYear { get; init; }
}

/// <summary>The outcome of checking one document: the parsed report, its findings and skipped rules, and timings.</summary>
public sealed record CheckedReport(
    string Source,
    SourceFormat Format,
    AnnualReport Report,
    UnitType? UnitType,
    bool UnitTypeInferred,
    ValidationResult Validation,
    CheckTimings Timings);

/// <summary>
/// The application service behind `check` and the function app's validation: bytes → extracted document →
/// parsed report → rule findings. Pure apart from measuring elapsed time through <see cref="TimeProvider"/>.
/// </summary>
public sealed class ReportChecker(TimeProvider time, ReportValidator validator)
{
    public ReportChecker() : this(TimeProvider.System, new ReportValidator())
    {
    }

    public ReadReport Read(ReadOnlySpan<byte> bytes, string source, string? contentType = null, string? httpCharset = null)
    {
        var start = time.GetTimestamp();
        var document = DocumentReader.Read(bytes, Path.GetFileName(source), contentType, httpCharset);
        var extracted = time.GetTimestamp();
        var report = ReportParser.Parse(document);
        var parsed = time.GetTimestamp();
        return new ReadReport(source, document, report, time.GetElapsedTime(start, extracted), time.GetElapsedTime(extracted, parsed));
    }

    /// <summary>Validates one report; <paramref name="peers"/> non-null means the county-year is known (Q03 runs).</summary>
    public CheckedReport Validate(ReadReport read, CheckOptions options, IReadOnlyList<AnnualReport>? peers = null) =>
        Validate(read, options, peers, null);

    private CheckedReport Validate(ReadReport read, CheckOptions options, IReadOnlyList<AnnualReport>? peers, NearDuplicateIndex? peerIndex)
    {
        var context = new ReportContext(read.Report)
        {
            UnitType = options.UnitType,
            RegisteredUnitName = options.RegisteredUnitName,
            ExpectedYear = options.ExpectedYear,
            PublishedOn = options.PublishedOn,
            FirstSeenAt = options.FirstSeenAt,
            Deadline = options.Deadline,
            PreviousYear = options.PreviousYear,
            Peers = peers ?? [],
            HasPeers = peers is not null,
            PeerIndex = peerIndex,
        };
        var start = time.GetTimestamp();
        var validation = validator.Validate(context);
        var validateTime = time.GetElapsedTime(start);
        return new CheckedReport(
            read.Source,
            read.Document.Format,
            read.Report,
            context.EffectiveUnitType,
            options.UnitType is null && context.EffectiveUnitType is not null,
            validation,
            new CheckTimings(read.ExtractTime.TotalMilliseconds, read.ParseTime.TotalMilliseconds, validateTime.TotalMilliseconds));
    }

    public CheckedReport Check(ReadOnlySpan<byte> bytes, string source, CheckOptions options) => Validate(Read(bytes, source), options);

    /// <summary>
    /// Validates the reports of one county-year together: each report's peers are the other readable reports, found
    /// through one near-duplicate index so the county-year costs about linear time, not quadratic.
    /// </summary>
    public IReadOnlyList<CheckedReport> ValidateCountyYear(IReadOnlyList<ReadReport> reads, CheckOptions options)
    {
        IReadOnlyList<AnnualReport> readable = [.. reads.Where(r => r.Document.IsReadable).Select(r => r.Report)];
        var index = NearDuplicateIndex.Of(readable);
        return [.. reads.Select(read => Validate(read, options, readable, index))];
    }
}
