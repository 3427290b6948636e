using Monitor.Domain.Deadlines;
using System.Text;
using Monitor.Domain.Email;
using Monitor.Domain.Findings;
using Monitor.Domain.Summary;

namespace Monitor.Domain.Tests.Summary;

public class WeeklySummaryComposerTests
{
    private static readonly MailEnvelope Envelope = new(new EmailAddress("monitor@example.cn"), [new EmailAddress("office@example.cn")]);
    private static readonly DateTimeOffset ThisMonday = new(2027, 2, 8, 1, 0, 0, TimeSpan.Zero);
    private readonly WeeklySummaryComposer composer = new(Envelope, id => id == "T04" ? "表三数据不平衡" : null);

    private static readonly Finding T04 = new("T04", Severity.Error, Location.InTable("表三", "一、本年新收政府信息公开申请数量", "总计"), "10", "12", "一+二≠三(七)+四");
    private static readonly Finding N07 = new("N07", Severity.Warning, Location.InPart("四、政府信息公开行政复议、行政诉讼情况"), "工作考核、社会评议、责任追究", "缺少社会评议", "缺少, 含\"逗号\"");

    private static List<UnitStanding> County() =>
    [
        new("xutao", "徐套乡", FilingStatus.OnTime, [T04, N07], new DateOnly(2027, 1, 20), "cap-xutao-1", "http://xutao.example.cn/1.html"),
        new("lijun", "李俊乡", FilingStatus.NotYetDue, []),
        new("dazhai", "大寨镇", FilingStatus.Missing, [new("F01", Severity.Error, Location.Document, "2027-01-31前发布", "未发布", "逾期未发布")]),
        new("hongsibu", "红寺堡镇", FilingStatus.Late, [], new DateOnly(2027, 2, 3), "cap-hsb-1"),
        new("xinzhuangji", "新庄集乡", FilingStatus.Unreachable, []),
    ];

    [Fact]
    public void Overdue_units_come_first_with_counts()
    {
        var summary = composer.Compose("zhongning", "中宁县", County(), null, ThisMonday);

        Assert.Equal(
            [("大寨镇", "未发布", 1, 0), ("红寺堡镇", "逾期发布", 0, 0), ("新庄集乡", "网站无法访问", 0, 0), ("徐套乡", "按时发布", 1, 1), ("李俊乡", "未到期", 0, 0)],
            summary.Rows.Select(r => (r.Unit.UnitName, r.Unit.Status.Chinese(), r.Unit.Errors, r.Unit.Warnings)));
        Assert.Equal(2026, summary.Year);
        Assert.Equal("【政务公开年报监测】中宁县 2026年度报告周报（2027年2月8日）：5个单位，未发布1个，逾期发布1个，网站无法访问1个，错误2项", summary.Email.Subject);
        Assert.Contains("- 大寨镇：未发布，发布日期—，错误1项，警告0项；本周变化：首次汇总", summary.Email.Text);
    }

    [Fact]
    public void Changes_since_last_week_name_new_reports_errors_and_status()
    {
        var lastWeek = composer.Compose("zhongning", "中宁县", County(), null, ThisMonday.AddDays(-7)).Snapshot;
        var units = County();
        units[0] = units[0] with { Findings = [N07] };
        units[1] = units[1] with { Status = FilingStatus.OnTime, Findings = [T04], CaptureName = "cap-lijun-1", PublishedOn = new DateOnly(2027, 2, 5) };
        units[3] = units[3] with { CaptureName = "cap-hsb-2" };

        var summary = composer.Compose("zhongning", "中宁县", units, lastWeek, ThisMonday);

        Assert.Equal(
            [("大寨镇", "无变化"), ("红寺堡镇", "报告内容有更新"), ("新庄集乡", "无变化"), ("李俊乡", "新发布报告；状态：未到期→按时发布；新增错误1项"), ("徐套乡", "已整改错误1项")],
            summary.Rows.Select(r => (r.Unit.UnitName, r.Changes.Count == 0 ? "无变化" : string.Join("；", r.Changes))));
    }

    [Fact]
    public void Last_years_snapshot_is_not_compared()
    {
        var lastYear = new SummarySnapshot("zhongning", 2025, ThisMonday.AddDays(-7), [new UnitSnapshot("xutao", FilingStatus.Missing, null, [])]);

        var summary = composer.Compose("zhongning", "中宁县", County(), lastYear, ThisMonday);

        Assert.All(summary.Rows, r => Assert.Empty(r.Changes));
    }

    [Fact]
    public void Csv_attachment_has_bom_header_and_quoted_findings()
    {
        var attachment = Assert.Single(composer.Compose("zhongning", "中宁县", County(), null, ThisMonday).Email.Attachments);
        var bytes = attachment.Content;

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("findings-zhongning-2026-20270208.csv", attachment.FileName);
        Assert.Equal(
            [
                "单位编号,单位,年度,状态,规则,规则名称,级别,确定性,位置,应为,实际,说明",
                "dazhai,大寨镇,2026,未发布,F01,,错误,确定,全文,2027-01-31前发布,未发布,逾期未发布",
                "xutao,徐套乡,2026,按时发布,T04,表三数据不平衡,错误,确定,表三/一、本年新收政府信息公开申请数量/总计,10,12,一+二≠三(七)+四",
                "xutao,徐套乡,2026,按时发布,N07,,警告,确定,四、政府信息公开行政复议、行政诉讼情况,工作考核、社会评议、责任追究,缺少社会评议,\"缺少, 含\"\"逗号\"\"\"",
                "",
            ],
            Encoding.UTF8.GetString(bytes[3..]).Split("\r\n"));
    }

    [Fact]
    public void Uncertain_findings_are_counted_apart_as_to_verify_and_never_as_new_errors()
    {
        var units = new List<UnitStanding> { new("xutao", "徐套乡", FilingStatus.OnTime, [T04.Uncertain("表三有空白单元格"), N07], new DateOnly(2027, 1, 20)) };

        var summary = composer.Compose("zhongning", "中宁县", units, null, ThisMonday);

        Assert.Equal((0, 1, 1), (units[0].Errors, units[0].Warnings, units[0].ToVerify));
        Assert.Empty(units[0].ErrorKeys);
        Assert.Contains("- 徐套乡：按时发布，发布日期2027-01-20，错误0项，警告1项，需人工核实1项；", summary.Email.Text);
        Assert.Contains("<th>需人工核实</th>", summary.Email.Html);
        Assert.Contains(",错误,需人工核实,表三/", Encoding.UTF8.GetString(summary.Email.Attachments[0].Content));
    }

    [Fact]
    public void Csv_defuses_formulas_but_keeps_negative_numbers()
    {
        var unit = new UnitStanding("x", "=HYPERLINK(\"http://evil\")", FilingStatus.OnTime,
            [new Finding("T06", Severity.Error, Location.InTable("表三"), "0", "-3", "@SUM(A1)")]);

        var line = Encoding.UTF8.GetString(FindingsCsv.Render(2026, [unit], _ => null)[3..]).Split("\r\n")[1];

        Assert.Equal("x,\"'=HYPERLINK(\"\"http://evil\"\")\",2026,按时发布,T06,,错误,确定,表三,0,-3,'@SUM(A1)", line);
    }

    [Fact]
    public void Html_escapes_unit_names()
    {
        var units = new List<UnitStanding> { new("x", "<img src=x onerror=alert(1)>镇", FilingStatus.Missing, []) };

        var html = composer.Compose("c", "县", units, null, ThisMonday).Email.Html;

        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;镇", html);
    }
}
