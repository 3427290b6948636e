namespace Monitor.Domain.Registry;

/// <summary>
/// The names one registered unit goes by on its own and on shared columns: the full registered name
/// (鹿鸣县城关镇人民政府), without the county (城关镇人民政府), and the short forms titles and 发布机构 fields use
/// (城关镇, 城关镇政府, 新华街道, 教育局). Used to decide whether a listed report belongs to the unit.
/// </summary>
public sealed class UnitNames
{
    private static readonly string[] BodySuffixes = ["人民政府", "办事处", "管理委员会", "管委会", "政府"];
    private static readonly string[] CountyMarkers = ["自治县", "自治旗", "县", "区", "市", "旗"];
    private static readonly string[] GenericWords = ["人民政府", "政府", "办事处", "管委会", "管理委员会", "办公室"];

    private UnitNames(string full, IReadOnlyList<string> variants, string core)
    {
        Full = full;
        Variants = variants;
        Core = core;
    }

    public string Full { get; }

    /// <summary>Every accepted form, longest first.</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <summary>
    /// The distinctive part: 城关镇 for 鹿鸣县城关镇人民政府, 新华街道 for …新华街道办事处, 教育局 for 鹿鸣县教育局,
    /// 鹿鸣县 for 鹿鸣县人民政府 (the county itself).
    /// </summary>
    public string Core { get; }

    public static UnitNames Of(string fullName)
    {
        var full = Compact(fullName);
        var variants = new List<string> { full };
        var withoutCounty = StripCounty(full);
        if (withoutCounty != full && !GenericWords.Contains(withoutCounty)) variants.Add(withoutCounty);
        foreach (var name in variants.ToList())
        {
            var bare = WithoutSuffix(name);
            if (bare == name) continue;
            variants.Add(bare);
            if (name.EndsWith("人民政府", StringComparison.Ordinal)) variants.Add(bare + "政府");
            if (name.EndsWith("办事处", StringComparison.Ordinal)) variants.Add(bare + "办");
        }
        var distinct = variants.Where(v => v.Length >= 2).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length).ToList();
        var core = WithoutSuffix(withoutCounty != full && !GenericWords.Contains(withoutCounty) ? withoutCounty : full);
        if (core.StartsWith('县') && core.Length > 2) core = core[1..];
        return new UnitNames(full, distinct, core);
    }

    /// <summary>True when <paramref name="text"/> contains one of the unit's forms.</summary>
    public bool AreNamedIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = Compact(text);
        return Variants.Any(v => t.Contains(v, StringComparison.Ordinal));
    }

    /// <summary>
    /// True when <paramref name="issuer"/> (a 发布机构 value or the name a title gives) is this unit: the same
    /// distinctive part once county and 人民政府/办事处 are set aside, or an abbreviation of it (市场监管局 for
    /// 市场监督管理局: same first two characters, same kind of body).
    /// </summary>
    public bool Match(string? issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer)) return false;
        var other = Of(issuer).Core;
        if (other == Core) return true;
        return other.Length >= 3 && Core.Length >= 3 && other[..2] == Core[..2] && Kind(other) is { } kind && kind == Kind(Core);
    }

    private static string? Kind(string core)
    {
        foreach (var kind in new[] { "街道", "镇", "乡", "苏木", "局", "委", "办", "中心", "院", "县", "区", "市", "旗" })
            if (core.EndsWith(kind, StringComparison.Ordinal)) return kind;
        return null;
    }

    private static string WithoutSuffix(string name)
    {
        foreach (var suffix in BodySuffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length + 1) return name[..^suffix.Length];
        if (name.EndsWith("街道办", StringComparison.Ordinal)) return name[..^1];
        return name;
    }

    private static string StripCounty(string name)
    {
        // The county is the text up to the first county-level marker, when a body name follows it.
        var best = -1;
        foreach (var marker in CountyMarkers)
        {
            var at = name.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at + marker.Length < name.Length - 1 && !IsCommonWord(name, at, marker) && (best < 0 || at + marker.Length < best)) best = at + marker.Length;
        }
        return best > 0 ? name[best..] : name;
    }

    /// <summary>县/区/市 inside ordinary words (城市管理局, 市场监督管理局, 社区, 园区) is not a county boundary.</summary>
    private static bool IsCommonWord(string name, int at, string marker)
    {
        var before = name[at - 1];
        var after = at + marker.Length < name.Length ? name[at + marker.Length] : '\0';
        return marker switch
        {
            "市" => before is '城' or '超' || after is '场' or '政' or '容' or '民' or '级',
            "区" => before is '社' or '园' or '景' or '辖' or '城' or '山' or '矿' || after is '域',
            "县" => after is '域' or '级',
            _ => false,
        };
    }

    private static string Compact(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c is not ('（' or '）' or '(' or ')')));
}
