using HtmlAgilityPack;

namespace Monitor.Crawling.Discovery;

/// <summary>What a page that lists nothing looks like, in Chinese, for the 栏目无法识别 finding and <c>probe</c>.</summary>
public static class ShellHint
{
    public static string Describe(HtmlNode root, string text)
    {
        var anchors = root.Descendants("a").Take(ListingAnchors.MaxAnchors).Count();
        var scripts = root.Descendants("script").Count();
        var loadsData = text.Contains("ajax", StringComparison.OrdinalIgnoreCase) || text.Contains("fetch(", StringComparison.Ordinal)
                        || text.Contains("api", StringComparison.OrdinalIgnoreCase) || text.Contains("XMLHttpRequest", StringComparison.Ordinal);
        var what = loadsData && scripts > 0
            ? $"页面含{scripts}段脚本，列表可能由脚本从接口加载（应用外壳页）"
            : "页面没有带日期的文章列表";
        return $"未找到任何栏目条目：{what}，共{anchors}个链接";
    }
}
