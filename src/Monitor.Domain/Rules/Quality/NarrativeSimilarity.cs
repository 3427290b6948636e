using System.Text;

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

    /// <summary>Jaccard similarity of two fingerprints, in [0, 1].</summary>
    public static double Between(Fingerprint a, Fingerprint b)
    {
        var (small, large) = a.Shingles.Count <= b.Shingles.Count ? (a.Shingles, b.Shingles) : (b.Shingles, a.Shingles);
        if (small.Count == 0) return 0;
        var shared = 0;
        foreach (var shingle in small)
        {
            if (large.Contains(shingle)) shared++;
        }
        return (double)shared / (small.Count + large.Count - shared);
    }

    /// <summary>A narrative's set of character 4-grams after normalising (see <see cref="NarrativeSimilarity"/>).</summary>
    public sealed class Fingerprint
    {
        internal Fingerprint(HashSet<ulong> shingles) => Shingles = shingles;

        internal HashSet<ulong> Shingles { get; }
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

    /// <summary>Four UTF-16 code units packed into 64 bits: the same set as the 4-character substrings, without allocating them.</summary>
    private static HashSet<ulong> Shingles(string text)
    {
        var set = new HashSet<ulong>();
        for (var i = 0; i + ShingleLength <= text.Length; i++)
        {
            set.Add((ulong)text[i] << 48 | (ulong)text[i + 1] << 32 | (ulong)text[i + 2] << 16 | text[i + 3]);
        }
        return set;
    }
}
