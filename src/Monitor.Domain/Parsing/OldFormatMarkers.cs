using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Finds header and row markers of the 2019 trial tables (60号) in the tables and in the text of parts
/// 二–四, where a table printed without structure ends up.
/// </summary>
internal static class OldFormatMarkers
{
    private static readonly string[] Markers =
    [
        "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "本年增减",
        "第二十条第（九）项", "政府集中采购", "其他对外管理服务事项",
    ];

    public static IEnumerable<ParseDiagnostic> Find(string tableText, string partText)
    {
        var found = new HashSet<string>();
        foreach (var (text, where) in new[] { (tableText, "表格"), (partText, "正文") })
        {
            foreach (var marker in Markers)
            {
                var compactMarker = ChineseText.Compact(marker);
                if (!text.Contains(compactMarker, StringComparison.Ordinal) || !found.Add(compactMarker == "本年增减" ? "本年增/减" : compactMarker)) continue;
                yield return new ParseDiagnostic(
                    ParseDiagnosticKind.OldFormatMarker,
                    new Location(TextSpan: marker),
                    "2021年新版格式（国办公开办函〔2021〕30号）",
                    marker,
                    $"{where}中出现2019年旧版格式的项目“{marker}”，应使用2021年新版格式。");
            }
        }
    }
}
