using Monitor.Cli.Checking;
using Monitor.Domain.Checking;
using Monitor.Domain.Documents;
using Monitor.Domain.Findings;
using Monitor.Domain.Rules;

namespace Monitor.Cli.Output;

/// <summary>Writes a check run as a readable Chinese summary for county staff: one block per report, then a total.</summary>
public static class CheckTextWriter
{
    private static readonly Severity[] ByUrgency = [Severity.Error, Severity.Warning, Severity.Info];

    public static void Write(TextWriter output, CheckRunResult result)
    {
        // One write per report: the console writer flushes every call, and a folder of a thousand reports makes
        // tens of thousands of lines.
        var block = new StringWriter();
        foreach (var report in result.Reports)
        {
            block.GetStringBuilder().Clear();
            WriteReport(block, report);
            output.Write(block.ToString());
        }
        foreach (var error in result.Errors)
        {
            output.WriteLine($"■ {error.Source}");
            output.WriteLine($"  无法检查：{error.Message}");
            output.WriteLine();
        }
        var findings = result.Reports.SelectMany(r => r.Validation.Findings).ToList();
        output.WriteLine(
            $"合计：检查报告 {result.Reports.Count} 份，其中有错误的 {result.Reports.Count(r => r.Validation.HasErrors)} 份；" +
            $"{CountLine(findings)}；无法检查的文件 {result.Errors.Count} 个。");
    }

    private static void WriteReport(TextWriter output, CheckedReport checkedReport)
    {
        var report = checkedReport.Report;
        var unit = checkedReport.UnitType is { } type
            ? type.Chinese() + (checkedReport.UnitTypeInferred ? "（由名称推断）" : "")
            : "未知（无法由名称推断，可用 --unit-type 指定）";
        output.WriteLine($"■ {report.Issuer ?? "发布机关未识别"}　{(report.ReportYear is { } year ? $"{year}年度" : "年度未识别")}");
        output.WriteLine($"  文件：{checkedReport.Source}（{FormatName(checkedReport.Format)}）");
        output.WriteLine($"  单位类型：{unit}");
        output.WriteLine($"  {CountLine(checkedReport.Validation.Findings)}；未运行的规则 {checkedReport.Validation.Skipped.Count} 条");
        foreach (var finding in checkedReport.Validation.Findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal))
        {
            var title = RuleCatalog.Find(finding.RuleId)?.Title;
            output.WriteLine($"  [{finding.Label()}] {finding.RuleId}{(title is null ? "" : " " + title)}");
            output.WriteLine($"      位置：{finding.Location.Describe()}");
            if (finding.Expected is not null || finding.Found is not null)
            {
                output.WriteLine($"      应为：{finding.Expected ?? "—"}；实际：{finding.Found ?? "—"}");
            }
            output.WriteLine($"      说明：{finding.Message}");
            if (finding.Doubt is not null) output.WriteLine($"      存疑：{finding.Doubt}");
        }
        if (checkedReport.Validation.Skipped.Count > 0)
        {
            output.WriteLine($"  未运行：{string.Join("；", checkedReport.Validation.Skipped.Select(s => $"{s.RuleId}（{s.Reason}）"))}");
        }
        output.WriteLine();
    }

    private static string CountLine(IReadOnlyCollection<Finding> findings) =>
        string.Join("，", ByUrgency.Select(s => $"{s.Chinese()} {findings.Count(f => f.Severity == s)} 项"));

    private static string FormatName(SourceFormat format) => format switch
    {
        SourceFormat.PlainText => "纯文本",
        SourceFormat.Html => "网页",
        SourceFormat.Docx => "Word 文档",
        SourceFormat.Pdf => "PDF",
        _ => "无法识别的格式",
    };
}
