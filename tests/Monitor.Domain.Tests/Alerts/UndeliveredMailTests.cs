using Monitor.Domain.Alerts;
using Monitor.Domain.Email;

namespace Monitor.Domain.Tests.Alerts;

public sealed class UndeliveredMailTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 20, 1, 0, 0, TimeSpan.Zero);

    private static OutboxEntry Entry(string id, OutboxState state, string? error, TimeSpan? retryIn = null) =>
        new(id, new EmailMessage(new EmailAddress("monitor@qs.test"), [new EmailAddress("zwgk@qs.test")], "提醒", "<p>x</p>", "x", [], id),
            state, 1, Now, Now + (retryIn ?? TimeSpan.Zero), error);

    [Fact]
    public void Waiting_and_given_up_mail_are_counted_with_Chinese_reasons_and_the_next_attempt_in_China_time()
    {
        var lines = UndeliveredMail.Describe(
        [
            Entry("a", OutboxState.Failed, "503 ServiceUnavailable: try later", TimeSpan.FromMinutes(2)),
            Entry("b", OutboxState.Failed, "connection failed: Connection refused (api.sendgrid.com:443)", TimeSpan.FromMinutes(1)),
            Entry("c", OutboxState.Failed, "503 ServiceUnavailable: again", TimeSpan.FromMinutes(4)),
            Entry("d", OutboxState.Poison, "permanent failure: 401 Unauthorized: The provided authorization grant is invalid"),
        ]);

        Assert.Equal(
        [
            "邮件：3 封未送达（SendGrid 服务暂时故障（HTTP 503），2 封；无法连接邮件服务（SendGrid）），已留在发件箱，将于 1月20日 09:01（北京时间）起按退避间隔自动重试",
            "邮件：1 封已放弃发送（SendGrid 拒绝了 API 密钥（HTTP 401），请检查 SendGrid__ApiKey 设置），保留在发件箱中，请处理后重新发送",
        ], lines);
    }

    [Fact]
    public void Delivered_mail_says_nothing()
    {
        Assert.Empty(UndeliveredMail.Describe([Entry("a", OutboxState.Sent, null)]));
        Assert.Empty(UndeliveredMail.Describe([]));
    }

    [Theory]
    [InlineData("gave up after 5 attempts: 429 TooManyRequests: slow down", "SendGrid 发送频率受限（HTTP 429）")]
    [InlineData("permanent failure: 400 BadRequest: invalid email", "SendGrid 拒收该邮件（HTTP 400，收件人或内容有误）")]
    [InlineData("could not write /data/mail: Not a directory", "无法写入邮件文件夹")]
    [InlineData("timed out: The operation was canceled.", "邮件服务响应超时")]
    [InlineData("IOException: disk full", "发送失败（原因见日志）")]
    [InlineData(null, "原因未记录")]
    public void Provider_reasons_become_actionable_Chinese(string? error, string expected) =>
        Assert.Equal(expected, UndeliveredMail.Reason(error));
}
