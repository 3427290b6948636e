namespace Monitor.Domain.Rules;

/// <summary>The kind of body that publishes a report; it decides deadlines and which rules apply.</summary>
public enum UnitType
{
    /// <summary>乡、镇、苏木: a 人民政府 (条例 art. 50(四) applies), deadline set by the county.</summary>
    Township,
    /// <summary>街道办事处: not a 人民政府.</summary>
    StreetOffice,
    /// <summary>县级人民政府部门 (局/委/办/中心): deadline 1月31日 (条例 art. 49).</summary>
    Department,
    /// <summary>县/区/市人民政府: deadline 3月31日 (条例 art. 49).</summary>
    CountyGovernment,
}

public static class UnitTypes
{
    public static string Code(this UnitType type) => type switch
    {
        UnitType.Township => "township",
        UnitType.StreetOffice => "street-office",
        UnitType.Department => "department",
        UnitType.CountyGovernment => "county-government",
        _ => type.ToString(),
    };

    public static string Chinese(this UnitType type) => type switch
    {
        UnitType.Township => "乡镇",
        UnitType.StreetOffice => "街道",
        UnitType.Department => "县级部门",
        UnitType.CountyGovernment => "县级人民政府",
        _ => type.ToString(),
    };

    /// <summary>Parses "township", "street-office", "department", "county-government" (also 乡镇/街道/部门/县政府).</summary>
    public static UnitType? TryParse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "township" or "乡镇" or "乡" or "镇" => UnitType.Township,
        "street-office" or "street" or "街道" => UnitType.StreetOffice,
        "department" or "部门" => UnitType.Department,
        "county-government" or "county" or "县政府" or "县级人民政府" => UnitType.CountyGovernment,
        _ => null,
    };

    /// <summary>Words naming a county-level zone (开发区, 高新区, 新区, 管委会…): a body so named needs no county prefix.</summary>
    private static readonly string[] CountyLevelZones =
        ["开发区", "高新区", "新区", "实验区", "试验区", "示范区", "合作区", "园区", "管委会", "管理委员会", "林区", "矿区"];

    /// <summary>
    /// True for a development zone, new area or similar (四平经济开发区, 太仓高新区管委会): county-level itself but not a
    /// 人民政府, so neither a county government nor a body that must name its county.
    /// </summary>
    public static bool IsCountyLevelZone(string name) => CountyLevelZones.Any(zone => name.Contains(zone, StringComparison.Ordinal));

    /// <summary>True for bodies that are a 人民政府 (township or county government).</summary>
    public static bool IsPeoplesGovernment(this UnitType type) => type is UnitType.Township or UnitType.CountyGovernment;

    /// <summary>
    /// Infers the unit type from an issuer name: 乡/镇/苏木 → township, 街道 → street office,
    /// 局/委/办/中心 → department, 县/区/市/旗 (with or without 人民政府, as titles drop it) → county government.
    /// Null when nothing matches.
    /// </summary>
    public static UnitType? InferFromIssuer(string? issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer)) return null;
        var name = issuer.Trim();
        if (name.EndsWith("人民政府", StringComparison.Ordinal))
        {
            name = name[..^4];
            if (name.EndsWith('乡') || name.EndsWith('镇') || name.EndsWith("苏木", StringComparison.Ordinal)) return UnitType.Township;
            if (name.EndsWith('县') || name.EndsWith('区') || name.EndsWith('市') || name.EndsWith("旗", StringComparison.Ordinal)) return UnitType.CountyGovernment;
        }
        if (name.Contains("街道", StringComparison.Ordinal)) return UnitType.StreetOffice;
        if (name.EndsWith('乡') || name.EndsWith('镇') || name.EndsWith("苏木", StringComparison.Ordinal)) return UnitType.Township;
        if (IsCountyLevelZone(name)) return null;
        if (name.Length >= 2 && (name.EndsWith('县') || name.EndsWith('区') || name.EndsWith('市') || name.EndsWith('旗'))
            && !name.EndsWith("社区", StringComparison.Ordinal)) return UnitType.CountyGovernment;
        if (name.EndsWith('局') || name.EndsWith('委') || name.EndsWith('办') || name.EndsWith("中心", StringComparison.Ordinal)
            || name.EndsWith("委员会", StringComparison.Ordinal) || name.EndsWith("办公室", StringComparison.Ordinal)) return UnitType.Department;
        return null;
    }
}
