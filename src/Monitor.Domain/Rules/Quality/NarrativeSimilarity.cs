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
        var left = Shingles(Normalise(a, names));
        var right = Shingles(Normalise(b, names));
        if (left.Count == 0 || right.Count == 0) return 0;
        var shared = left.Count(right.Contains);
        return (double)shared / (left.Count + right.Count - shared);
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

    private static HashSet<string> Shingles(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleLength <= text.Length; i++) set.Add(text.Substring(i, ShingleLength));
        return set;
    }
}
