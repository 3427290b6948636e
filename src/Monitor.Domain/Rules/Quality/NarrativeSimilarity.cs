using System.Runtime.CompilerServices;
using System.Text;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Quality;

/// <summary>
/// How much two narratives share, in [0, 1]: Jaccard similarity of their character 4-gram sets after
/// normalising. Normalising keeps only CJK letters and Latin letters, and masks every digit run and the
/// given unit names, so that "2024年我镇共公开372条" and "2025年我乡共公开95条" compare as the same
/// sentence: copying a template is what we look for, not matching figures. Linear in text length.
/// </summary>
public static class NarrativeSimilarity
{
    private const int ShingleLength = 4;

    public static double Of(string a, string b, IEnumerable<string?> namesToMask)
    {
        var names = MaskableNames(namesToMask);
        return Between(new Fingerprint(Shingles(Normalise(a, names))), new Fingerprint(Shingles(Normalise(b, names))));
    }

    /// <summary>
    /// The fingerprint of a narrative with its own unit's names masked. Comparing one report with every peer of a
    /// county (Q03) then normalises each text once instead of once per pair: masking each side with its own names
    /// gives the same picture as masking both with both, since a copied template differs exactly in those names.
    /// </summary>
    public static Fingerprint FingerprintOf(string text, IEnumerable<string?> ownNames) =>
        new(Shingles(Normalise(text, MaskableNames(ownNames))));

    /// <summary>Peers are the same parsed reports validation after validation; their fingerprints live as long as they do.</summary>
    private static readonly ConditionalWeakTable<AnnualReport, Fingerprint> PeerFingerprints = new();

    /// <summary>A peer report's fingerprint with its own issuer masked, computed once per parsed report.</summary>
    public static Fingerprint PeerFingerprintOf(AnnualReport report) =>
        PeerFingerprints.GetValue(report, r => FingerprintOf(r.FullText, [r.Issuer]));

    /// <summary>Jaccard similarity of two fingerprints, in [0, 1]: one merge pass over their sorted shingles.</summary>
    public static double Between(Fingerprint a, Fingerprint b)
    {
        var (x, y) = (a.Shingles, b.Shingles);
        if (x.Length == 0 || y.Length == 0) return 0;
        // A verbatim copy, the commonest near-duplicate, is settled by one vectorised comparison.
        if (x.AsSpan().SequenceEqual(y)) return 1;
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return (double)shared / (x.Length + y.Length - shared);
    }

    /// <summary>A narrative's set of character 4-grams after normalising (see <see cref="NarrativeSimilarity"/>).</summary>
    public sealed class Fingerprint
    {
        private uint[]? minHash;

        internal Fingerprint(ulong[] shingles) => Shingles = shingles;

        /// <summary>The distinct shingles in ascending order.</summary>
        internal ulong[] Shingles { get; }

        /// <summary>
        /// MinHash signature of <paramref name="length"/> values (empty for an empty set), by one-permutation hashing:
        /// each shingle's mixed hash picks a bin and competes for that bin's minimum, so a signature costs one hash per
        /// shingle instead of one per shingle and value. A bin no shingle fell into borrows the next filled bin's value
        /// (rotation densification), shifted by the distance so borrowed values do not collide with real ones.
        /// </summary>
        internal uint[] MinHash(int length)
        {
            if (minHash is { } cached && cached.Length == length) return cached;
            if (Shingles.Length == 0) return minHash = [];
            var signature = new uint[length];
            Array.Fill(signature, uint.MaxValue);
            var filled = new bool[length];
            foreach (var shingle in Shingles)
            {
                var mixed = Mix(shingle);
                var bin = (int)((uint)mixed % (uint)length);
                var value = (uint)(mixed >> 32);
                if (value < signature[bin] || !filled[bin])
                {
                    signature[bin] = value;
                    filled[bin] = true;
                }
            }
            var densified = new uint[length];
            for (var bin = 0; bin < length; bin++)
            {
                var distance = 0;
                while (!filled[(bin + distance) % length]) distance++;
                densified[bin] = signature[(bin + distance) % length] + (uint)distance * 0x9e3779b9u;
            }
            return minHash = densified;
        }

        /// <summary>SplitMix64 finaliser: spreads the packed characters over all 64 bits.</summary>
        private static ulong Mix(ulong x)
        {
            x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
            x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
            return x ^ (x >> 31);
        }
    }

    /// <summary>A unit name and its pieces: "红寺堡区新庄集乡" masks also "新庄集乡", "新庄集" and "红寺堡区".</summary>
    private static List<string> MaskableNames(IEnumerable<string?> names)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in names)
        {
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var name = raw.Trim();
            if (name.EndsWith("人民政府", StringComparison.Ordinal)) name = name[..^4];
            result.Add(name);
            var cut = name[..^1].LastIndexOfAny(['县', '区', '市', '旗']);
            var own = cut >= 0 ? name[(cut + 1)..] : name;
            if (cut >= 0) result.Add(name[..(cut + 1)]);
            result.Add(own);
            if (own.Length > 2) result.Add(own[..^1]);
        }
        return [.. result.Where(n => n.Length >= 2).OrderByDescending(n => n.Length)];
    }

    private static string Normalise(string text, IReadOnlyList<string> names)
    {
        foreach (var name in names) text = text.Replace(name, "〇", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        var inNumber = false;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (!inNumber) builder.Append('#');
                inNumber = true;
                continue;
            }
            inNumber = false;
            if (char.IsLetter(c) || c == '〇') builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Four UTF-16 code units packed into 64 bits: the same set as the 4-character substrings, without allocating them;
    /// kept sorted and distinct, so similarity is a merge rather than a hash lookup per shingle.
    /// </summary>
    private static ulong[] Shingles(string text)
    {
        if (text.Length < ShingleLength) return [];
        var all = new ulong[text.Length - ShingleLength + 1];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = (ulong)text[i] << 48 | (ulong)text[i + 1] << 32 | (ulong)text[i + 2] << 16 | text[i + 3];
        }
        Array.Sort(all);
        var distinct = 0;
        for (var i = 0; i < all.Length; i++)
        {
            if (i == 0 || all[i] != all[distinct - 1]) all[distinct++] = all[i];
        }
        return all[..distinct];
    }
}
