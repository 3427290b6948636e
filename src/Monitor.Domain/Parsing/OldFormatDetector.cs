using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>
/// Finds wording that only the 2019 format used (S06). Units that copy last decade's template keep these
/// labels even after filling in the new tables.
/// </summary>
internal static class OldFormatDetector
{
    private static readonly string[] Markers =
    [
        "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "本年增减",
        "第二十条第(九)项", "政府集中采购", "其他对外管理服务事项",
    ];

    public static void Detect(string compactText, List<ParseDiagnostic> diagnostics)
    {
        foreach (var marker in Markers)
        {
            if (compactText.Contains(marker, StringComparison.Ordinal))
            {
                diagnostics.Add(new ParseDiagnostic(
                    ParseDiagnosticKind.OldFormatMarker,
                    Location.Document with { TextSpan = marker },
                    "2021年新版格式（国办公开办函〔2021〕30号）",
                    marker,
                    $"报告含有旧版（2019年）格式的内容“{marker}”，应使用2021年新版格式。"));
            }
        }
    }
}
