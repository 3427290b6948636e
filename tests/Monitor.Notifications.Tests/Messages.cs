using System.Text;
using Monitor.Domain.Email;

namespace Monitor.Notifications.Tests;

/// <summary>Small sample messages shared by the sender and dispatcher tests.</summary>
internal static class Messages
{
    public static EmailMessage Alert(string key = "alert-0123456789abcdef0123456789abcdef") => new(
        new EmailAddress("monitor@example.cn", "政务公开年报监测"),
        [new EmailAddress("office@example.cn", "县政务公开办"), new EmailAddress("backup@example.cn")],
        "【政务公开年报监测】徐套乡 2026年度报告：表三数据不平衡",
        "<p>表三/一、本年新收政府信息公开申请数量/总计：应为10，实际12</p>",
        "表三/一、本年新收政府信息公开申请数量/总计：应为10，实际12\n",
        [new EmailAttachment("findings.csv", "text/csv; charset=utf-8", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("单位,规则\r\n徐套乡,T04\r\n")])],
        key);
}
