using Monitor.Crawling.Discovery;
using Monitor.Domain.Registry;

namespace Monitor.Crawling;

/// <summary>Whose report a listed item is, as far as the listing tells.</summary>
public enum Attribution
{
    /// <summary>The title, 发布机构 or the unit's title pattern names this unit, or the column is the unit's own.</summary>
    Own,
    /// <summary>Names another body: left alone (it belongs to its own unit, or to nobody in the registry).</summary>
    Other,
    /// <summary>Names no body on a column shared by several units: the detail page's 发布机构 decides.</summary>
    CheckDetail,
}

/// <summary>
/// Decides whether a report listed on a column belongs to the unit being crawled. A report belongs to a unit only if
/// its title or listed 发布机构 names the unit (full or short name, or the unit's titlePattern); a title naming nobody
/// is the unit's own on the unit's own column, and needs the detail page's 发布机构 on a shared one.
/// </summary>
public static class ReportAttribution
{
    /// <param name="unit">The names of the unit being crawled (<see cref="UnitNames.Of"/>, computed once per crawl).</param>
    /// <param name="item">The listed entry, already recognised as a report.</param>
    /// <param name="sharedColumn">The column lists several units' reports (shared in the registry, or a county 年报专栏).</param>
    /// <param name="matchedUnitPattern">The unit's own titlePattern recognised the title.</param>
    public static Attribution Of(UnitNames unit, ListingItem item, bool sharedColumn, bool matchedUnitPattern)
    {
        if (item.Issuer is { Length: > 0 } issuer) return unit.Match(issuer) ? Attribution.Own : Attribution.Other;
        if (matchedUnitPattern) return Attribution.Own;
        var named = ReportTitle.IssuerIn(item.Title);
        if (named.Length >= 2) return unit.Match(named) ? Attribution.Own : Attribution.Other;
        return sharedColumn ? Attribution.CheckDetail : Attribution.Own;
    }

    /// <summary>For <see cref="Attribution.CheckDetail"/>: the detail page's 发布机构 names the unit.</summary>
    public static bool DetailBelongs(UnitNames unit, DetailPage page) =>
        unit.Match(page.Issuer) || (page.Title is { } title && ReportTitle.IssuerIn(title) is { Length: >= 2 } named && unit.Match(named));
}
