using Monitor.Domain.Alerts;
using Monitor.Domain.Email;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Tests.Alerts;

public class AlertEmailComposerTests
{
    private static readonly AlertUnit Xutao = new("zhongning", "xutao", "徐套乡", 2026);
    private static readonly DateTimeOffset Monday = new(2027, 2, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly MailEnvelope Envelope = new(new EmailAddress("monitor@example.cn", "年报监测"), [new EmailAddress("office@example.cn")]);

    private static readonly Dictionary<string, string> Titles = new()
    {
        ["T04"] = "表三数据不平衡",
        ["T02"] = "表三行总计不等于各列之和",
        ["N01"] = "正文与表三数字不符",
    };

    private readonly AlertEmailComposer composer = new(Envelope, id => Titles.GetValueOrDefault(id));

    private static Finding T04 => new("T04", Severity.Error, Location.InTable("表三", "一、本年新收政府信息公开申请数量", "总计"), "10", "12", "一+二≠三(七)+四");

    private static AlertDecision Decide(params Finding[] findings) => new AlertPolicy().Decide(Xutao, findings, [], Monday);

    [Fact]
    public void Subject_names_unit_year_first_problem_and_count()
    {
        var t02 = new Finding("T02", Severity.Error, Location.InTable("表三", "二、上年结转政府信息公开申请数量", "总计"), "5", "6", "行总计不符");
        var n01 = new Finding("N01", Severity.Error, Location.InPart("一、总体情况", "收到申请10件"), "12", "10", "正文与表三不符");

        var message = composer.Compose(Decide(T04, t02, n01), new AlertLinks());

        Assert.Equal("【政务公开年报监测】徐套乡 2026年度报告：正文与表三数字不符等3项错误", message.Subject);
    }

    [Fact]
    public void Single_finding_subject_has_no_count_and_a_reminder_says_so()
    {
        var first = Decide(T04);
        var reminder = new AlertPolicy().Decide(Xutao, [T04], first.LedgerUpdates, Monday.AddDays(8));

        Assert.Equal("【政务公开年报监测】徐套乡 2026年度报告：表三数据不平衡", composer.Subject(first));
        Assert.Equal("【政务公开年报监测】徐套乡 2026年度报告：表三数据不平衡（提醒：仍未整改）", composer.Subject(reminder));
        Assert.Contains("已于2027年2月1日首次通知", composer.Compose(reminder, new AlertLinks()).Text);
    }

    [Fact]
    public void Plain_text_lists_location_expected_found_and_links()
    {
        var message = composer.Compose(Decide(T04), new AlertLinks("http://xutao.example.cn/art/2027/1/20/1.html", null, "zhongning/xutao/2026/20270120T000000Z-abc.html"));

        Assert.Equal(
            [
                "1. [错误] T04 表三数据不平衡",
                "   位置：表三/一、本年新收政府信息公开申请数量/总计",
                "   应为：10",
                "   实际：12",
                "   说明：一+二≠三(七)+四",
                "发布页面：http://xutao.example.cn/art/2027/1/20/1.html",
                "存档副本：zhongning/xutao/2026/20270120T000000Z-abc.html",
            ],
            message.Text.Split('\n').Where(l => l.StartsWith("1.") || l.StartsWith("   ") || l.StartsWith("发布") || l.StartsWith("存档")));
        Assert.Equal(["office@example.cn"], message.To.Select(t => t.Address));
    }

    [Fact]
    public void Html_escapes_report_text_and_refuses_script_links()
    {
        var hostile = new Finding("T04", Severity.Error, Location.InPart("一、总体情况", "<script>alert(1)</script>"), "<b>10</b>", "12 & 13", "\"引号\"");
        var message = composer.Compose(Decide(hostile), new AlertLinks("javascript:alert(1)", "https://store.example.cn/captures/a.html?x=1&y=2", "a.html"));

        Assert.DoesNotContain("<script>", message.Html);
        Assert.DoesNotContain("href=\"javascript", message.Html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", message.Html);
        Assert.Contains("&lt;b&gt;10&lt;/b&gt;", message.Html);
        Assert.Contains("12 &amp; 13", message.Html);
        Assert.Contains("<a href=\"https://store.example.cn/captures/a.html?x=1&amp;y=2\">a.html</a>", message.Html);
    }

    [Fact]
    public void Idempotency_key_is_stable_for_the_same_decision_and_differs_for_a_reminder()
    {
        var first = Decide(T04);
        var again = Decide(T04);
        var reminder = new AlertPolicy().Decide(Xutao, [T04], first.LedgerUpdates, Monday.AddDays(8));

        Assert.Equal(composer.Compose(first, new AlertLinks()).IdempotencyKey, composer.Compose(again, new AlertLinks()).IdempotencyKey);
        Assert.NotEqual(composer.Compose(first, new AlertLinks()).IdempotencyKey, composer.Compose(reminder, new AlertLinks()).IdempotencyKey);
        Assert.Matches("^alert-[0-9a-f]{32}$", composer.Compose(first, new AlertLinks()).IdempotencyKey);
    }

    [Fact]
    public void Unknown_rule_falls_back_to_its_id_and_mixed_severities_count_as_problems()
    {
        var f05 = new Finding("F05", Severity.Warning, Location.Document, "可访问", "连续3次失败", "网站无法访问");

        Assert.Equal("【政务公开年报监测】徐套乡 2026年度报告：F05等2项问题", composer.Subject(Decide(f05, T04)));
    }

    [Fact]
    public void Registry_recipients_win_over_settings()
    {
        var registry = EmailAddress.ParseList("a@county.cn; b@county.cn");

        Assert.Equal(["a@county.cn", "b@county.cn"], Envelope.WithRegistryRecipients(registry).To.Select(t => t.Address));
        Assert.Equal(["office@example.cn"], Envelope.WithRegistryRecipients([]).To.Select(t => t.Address));
    }

    [Fact]
    public void Default_titles_come_from_the_rule_catalog()
    {
        var f01 = new Finding("F01", Severity.Error, Location.Document, "2027年1月31日前公开", "未公开", "徐套乡的2026年年度报告仍未公开");

        Assert.Equal("【政务公开年报监测】徐套乡 2026年度报告：逾期未公开年度报告", new AlertEmailComposer(Envelope).Subject(Decide(f01)));
    }
}
