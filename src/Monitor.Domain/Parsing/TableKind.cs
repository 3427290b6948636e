using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>Tells which statistical table a table block is from its words.</summary>
internal static class TableKind
{
    public static StatTableId? Recognise(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var text = ChineseText.Compact(string.Concat(rows.SelectMany(r => r)));
        if (text.Contains("行政复议") && text.Contains("行政诉讼") && !text.Contains("本年新收")) return StatTableId.ReviewsAndLitigation;
        if (text.Contains("本年新收") || text.Contains("予以公开") || text.Contains("不予公开") || text.Contains("申请人情况")) return StatTableId.Applications;
        if (text.Contains("第二十条") || text.Contains("规章") || text.Contains("行政许可") || text.Contains("行政处罚") || text.Contains("制发件")) return StatTableId.Proactive;
        return null;
    }
}
