using System.Text;
using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Narrative.Statements;
using Monitor.Domain.Rules.Tables;

namespace Monitor.Domain.Checking;

/// <summary>
/// What the engine read from one report, for a reviewer asking why a rule fired (`check --explain RULE`): the
/// metadata and where each came from, the parts and sub-parts, the tables as grids, the narrative statements with
/// their numbers, then the rule's own findings or the reason it did not run. Chinese, plain text, no I/O.
/// </summary>
public static class ReportExplanation
{
    /// <summary>Longest part text shown before it is cut: the explanation is for reading, not a second copy.</summary>
    private const int PartPreviewLength = 60;

    public static string Of(CheckedReport checkedReport, RuleDescriptor rule)
    {
        var report = checkedReport.Report;
        var text = new StringBuilder();
        text.AppendLine($"■ 规则 {rule.Id} {rule.Title}（{rule.Severity.Chinese()}）");
        text.AppendLine($"  依据：{rule.Source}");
        text.AppendLine($"  文件：{checkedReport.Source}");
        Metadata(text, checkedReport);
        Parts(text, report);
        Tables(text, report);
        Statements(text, report);
        Verdict(text, checkedReport, rule);
        return text.ToString();
    }

    private static void Metadata(StringBuilder text, CheckedReport checkedReport)
    {
        var report = checkedReport.Report;
        text.AppendLine("一、读取结果");
        text.AppendLine($"  标题：{report.Title ?? "未识别"}");
        text.AppendLine($"  发布机关：{report.Issuer ?? "未识别"}");
        var yearSource = report.TitleYear is not null ? "标题"
            : report.Period is { IsCalendarYear: true } ? "统计期限"
            : report.ReportYear is not null ? "正文开头" : null;
        text.AppendLine($"  报告年度：{(report.ReportYear is { } year ? $"{year}年（取自{yearSource}）" : "未识别")}");
        text.AppendLine($"  统计期限：{PeriodText(report.Period)}");
        var unit = checkedReport.UnitType is { } type ? type.Chinese() + (checkedReport.UnitTypeInferred ? "（由名称推断）" : "") : "未知";
        text.AppendLine($"  单位类型：{unit}");
        if (report.UnreadableReason is { } reason) text.AppendLine($"  无法读取：{reason}");
    }

    private static string PeriodText(StatisticsPeriod? period) => period switch
    {
        null => "未说明",
        { Start: { } start, End: { } end } => $"{start:yyyy年M月d日}至{end:yyyy年M月d日}（原文“{period.RawText}”）",
        _ => $"无法识别（原文“{period.RawText}”）",
    };

    private static void Parts(StringBuilder text, AnnualReport report)
    {
        text.AppendLine("二、报告组成部分");
        if (report.Parts.Count == 0) text.AppendLine("  未识别出任何部分标题。");
        foreach (var part in report.Parts)
        {
            var body = string.Concat(part.Text.Where(c => !char.IsWhiteSpace(c)));
            var preview = body.Length > PartPreviewLength ? body[..PartPreviewLength] + "…" : body;
            text.AppendLine($"  {part.Number.Chinese()}（原标题“{part.Heading}”，正文{body.Length}字）：{(preview.Length == 0 ? "（无正文）" : preview)}");
        }
        if (report.Part(PartNumber.Overview) is not null)
        {
            var topics = report.OverviewSubParts.Count == 0
                ? "未分列小标题"
                : string.Join("；", report.OverviewSubParts.Select(s => $"{s.Topic.Chinese()}（“{s.Heading}”）"));
            text.AppendLine($"  总体情况的分项：{topics}");
        }
        foreach (var diagnostic in report.Diagnostics)
        {
            text.AppendLine($"  解析提示：{diagnostic.Message}");
        }
    }

    private static void Tables(StringBuilder text, AnnualReport report)
    {
        text.AppendLine("三、统计表（按国家格式的行列读出；—表示原表缺此格）");
        foreach (var id in new[] { StatTableId.Proactive, StatTableId.Applications, StatTableId.ReviewsAndLitigation })
        {
            if (report.Table(id) is not { } table)
            {
                text.AppendLine($"  {id.Chinese()}：未找到");
                continue;
            }
            text.AppendLine($"  {id.Chinese()}：");
            foreach (var row in table.Layout.Rows)
            {
                var columns = table.Layout.ColumnsOfRow(row.Key);
                if (!columns.Any(c => table.Cell(row.Key, c) is not null)) continue;
                var cells = columns.Select(c => $"{table.Layout.ColumnLabel(c)}={CellText(table.Cell(row.Key, c))}");
                text.AppendLine($"    {row.Label}：{string.Join("，", cells)}");
            }
        }
    }

    private static string CellText(TableCell? cell) => cell switch
    {
        null => "—",
        { IsNumeric: true } => TableSums.Show(cell.ValueOrZero),
        { Raw.Length: 0 } => "（空白）",
        _ => $"“{cell.Raw}”",
    };

    private static void Statements(StringBuilder text, AnnualReport report)
    {
        text.AppendLine("四、正文中读出的数字");
        var narrative = NarrativeText.Of(report);
        var any = false;
        foreach (var sentence in narrative.Sentences)
        {
            foreach (var statement in ApplicationStatements.In(sentence.Text).Distinct())
            {
                var figures = string.Join("＋", statement.Figures.Select(FigureName));
                text.AppendLine($"  {sentence.PartLabel}：“{statement.Text}” → 表三 {figures} = {TableSums.Show(statement.Count)}");
                any = true;
            }
            foreach (var statement in ProactiveItemStatements.In(sentence.Text).Distinct())
            {
                var layout = Table2.Layout;
                text.AppendLine($"  {sentence.PartLabel}：“{statement.Text}” → 表二 {layout.RowLabel(statement.Row)}/{layout.ColumnLabel(statement.Column)} = {TableSums.Show(statement.Count)}");
                any = true;
            }
            foreach (var statement in CaseStatements.In(sentence.Text).Distinct())
            {
                text.AppendLine($"  {sentence.PartLabel}：“{statement.Text}” → 表四 {(statement.Kind == CaseKind.Review ? "行政复议" : "行政诉讼")} = {TableSums.Show(statement.Count)}");
                any = true;
            }
        }
        foreach (var (sentence, list) in narrative.ItemizedTotals)
        {
            var parts = string.Join("+", list.Parts.Select(p => TableSums.Show(p.Count) + (p.Unit == list.Unit ? "" : p.Unit)));
            var doubt = list.Doubt is { } d ? $"（存疑：{d}）" : list.Aside ? "（括号内的分项，可能只列举部分）" : "";
            text.AppendLine($"  {sentence.PartLabel}：“{list.Span}” → 总数 {TableSums.Show(list.Total)}{list.Unit}，分项 {parts} = {TableSums.Show(list.PartsSum)}{doubt}");
            any = true;
        }
        if (!any) text.AppendLine("  未读出与统计表或分项合计有关的数字。");
    }

    private static string FigureName(ApplicationFigure figure) => figure switch
    {
        ApplicationFigure.Received => "本年新收",
        ApplicationFigure.CarriedOver => "上年结转",
        ApplicationFigure.Disclosed => "予以公开",
        ApplicationFigure.PartlyDisclosed => "部分公开",
        ApplicationFigure.Withheld => "不予公开",
        ApplicationFigure.Unavailable => "无法提供",
        ApplicationFigure.NotProcessed => "不予处理",
        _ => "结转下年度继续办理",
    };

    private static void Verdict(StringBuilder text, CheckedReport checkedReport, RuleDescriptor rule)
    {
        text.AppendLine($"五、规则 {rule.Id} 的结论");
        if (checkedReport.Validation.Skipped.FirstOrDefault(s => s.RuleId == rule.Id) is { } skipped)
        {
            text.AppendLine($"  未运行：{skipped.Reason}");
            return;
        }
        var findings = checkedReport.Validation.Findings.Where(f => f.RuleId == rule.Id).ToList();
        if (findings.Count == 0) text.AppendLine("  未发现问题。");
        foreach (var finding in findings)
        {
            text.AppendLine($"  [{finding.Label()}] 位置：{finding.Location.Describe()}；应为：{finding.Expected ?? "—"}；实际：{finding.Found ?? "—"}");
            text.AppendLine($"      说明：{finding.Message}");
            if (finding.Doubt is not null) text.AppendLine($"      存疑：{finding.Doubt}");
        }
    }
}
