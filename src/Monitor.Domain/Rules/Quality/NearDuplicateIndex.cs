using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Quality;

/// <summary>
/// Locality-sensitive index over the narratives of one county-year, so Q03 compares a report only with the reports
/// likely to be near-duplicates instead of with all of them: cost grows about linearly with the number of reports.
/// Each narrative's 4-gram set (<see cref="NarrativeSimilarity"/>) gets a one-permutation MinHash signature of
/// <see cref="Bands"/> × <see cref="RowsPerBand"/> values; two reports are candidates when one band agrees. For a
/// pair at Q03's threshold (Jaccard 0.80) the chance of not becoming candidates is (1 − 0.8⁵)²⁴ ≈ 7·10⁻⁵, and it falls
/// steeply above; candidates are then measured exactly, so the findings are those of the full comparison.
/// </summary>
public sealed class NearDuplicateIndex
{
    public const int Bands = 24;
    public const int RowsPerBand = 5;

    private readonly IReadOnlyList<AnnualReport> reports;
    private readonly Dictionary<AnnualReport, int> positions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ulong, List<int>> buckets = [];
    private readonly ulong[][] bandKeys;

    private NearDuplicateIndex(IReadOnlyList<AnnualReport> reports)
    {
        this.reports = reports;
        bandKeys = new ulong[reports.Count][];
        for (var i = 0; i < reports.Count; i++)
        {
            positions.TryAdd(reports[i], i);
            var keys = bandKeys[i] = BandKeys(NarrativeSimilarity.PeerFingerprintOf(reports[i]));
            foreach (var key in keys)
            {
                if (!buckets.TryGetValue(key, out var members)) buckets[key] = members = [];
                members.Add(i);
            }
        }
    }

    public static NearDuplicateIndex Of(IReadOnlyList<AnnualReport> reports) => new(reports);

    /// <summary>The indexed reports sharing a band with <paramref name="report"/>, in index order, itself excluded.</summary>
    public IEnumerable<AnnualReport> Candidates(AnnualReport report)
    {
        var keys = positions.TryGetValue(report, out var own)
            ? bandKeys[own]
            : BandKeys(NarrativeSimilarity.PeerFingerprintOf(report));
        var found = new SortedSet<int>();
        foreach (var key in keys)
        {
            if (!buckets.TryGetValue(key, out var members)) continue;
            foreach (var member in members) found.Add(member);
        }
        return found.Select(i => reports[i]).Where(r => !ReferenceEquals(r, report));
    }

    private static ulong[] BandKeys(NarrativeSimilarity.Fingerprint fingerprint)
    {
        var signature = fingerprint.MinHash(Bands * RowsPerBand);
        var keys = new ulong[Bands];
        // An empty narrative has no shingles: its signature is all-max and would match every other empty one;
        // Q03 measures 0 similarity for it anyway, so it joins no bucket.
        if (signature.Length == 0) return [];
        for (var band = 0; band < Bands; band++)
        {
            var key = 0xcbf29ce484222325UL ^ (ulong)band;
            for (var row = 0; row < RowsPerBand; row++)
            {
                key = (key ^ signature[band * RowsPerBand + row]) * 0x100000001b3UL;
            }
            keys[band] = key;
        }
        return keys;
    }
}
