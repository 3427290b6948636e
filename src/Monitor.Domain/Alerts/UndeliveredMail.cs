using System.Globalization;
using Monitor.Domain.Deadlines;

namespace Monitor.Domain.Alerts;

/// <summary>
/// Mail that a run could not deliver, told in Chinese for the office: how many, why (the provider's English
/// error becomes a reason an official can act on), and when the outbox tries again or that it gave up.
/// </summary>
public static class UndeliveredMail
{
    /// <summary>One line per kind of outcome (will retry, given up), or none when everything was delivered.</summary>
    public static IReadOnlyList<string> Describe(IEnumerable<OutboxEntry> entries)
    {
        var lines = new List<string>();
        var list = entries.Where(e => e.State != OutboxState.Sent).ToList();
        var waiting = list.Where(e => e.State != OutboxState.Poison).ToList();
        if (waiting.Count > 0)
        {
            var next = waiting.Min(e => e.NextAttemptAt).ToOffset(ChinaTime.Offset);
            lines.Add($"邮件：{waiting.Count} 封未送达（{Reasons(waiting)}），已留在发件箱，" +
                      $"将于 {next.ToString("M月d日 HH:mm", CultureInfo.InvariantCulture)}（北京时间）起按退避间隔自动重试");
        }
        var parked = list.Where(e => e.State == OutboxState.Poison).ToList();
        if (parked.Count > 0)
            lines.Add($"邮件：{parked.Count} 封已放弃发送（{Reasons(parked)}），保留在发件箱中，请处理后重新发送");
        return lines;
    }

    private static string Reasons(IEnumerable<OutboxEntry> entries) =>
        string.Join("；", entries.GroupBy(e => Reason(e.LastError)).Select(g => g.Count() > 1 ? $"{g.Key}，{g.Count()} 封" : g.Key));

    /// <summary>The sender's English reason ("503 ServiceUnavailable: …", "connection failed: …") in Chinese.</summary>
    public static string Reason(string? lastError)
    {
        var text = (lastError ?? "").Trim();
        foreach (var prefix in (string[])["permanent failure: ", "gave up after "])
        {
            if (!text.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var colon = text.IndexOf(": ", prefix.Length - 2, StringComparison.Ordinal);
            text = prefix == "gave up after " && colon > 0 ? text[(colon + 2)..] : text[prefix.Length..];
        }
        if (text.Length == 0) return "原因未记录";
        if (text.StartsWith("connection failed", StringComparison.Ordinal)) return "无法连接邮件服务（SendGrid）";
        if (text.StartsWith("timed out", StringComparison.Ordinal)) return "邮件服务响应超时";
        if (text.StartsWith("could not write", StringComparison.Ordinal)) return "无法写入邮件文件夹";
        var status = text.Length >= 3 && int.TryParse(text.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        return status switch
        {
            401 or 403 => $"SendGrid 拒绝了 API 密钥（HTTP {status}），请检查 SendGrid__ApiKey 设置",
            413 => "邮件过大，SendGrid 拒收（HTTP 413）",
            429 => "SendGrid 发送频率受限（HTTP 429）",
            >= 500 and < 600 => $"SendGrid 服务暂时故障（HTTP {status}）",
            >= 400 and < 500 => $"SendGrid 拒收该邮件（HTTP {status}，收件人或内容有误）",
            _ => "发送失败（原因见日志）",
        };
    }
}
