using System.Text;
using Monitor.Domain.Email;
using Monitor.Notifications.SendGrid;
using Monitor.Testing;

namespace Monitor.Notifications.Tests;

public sealed class SendGridEmailSenderTests : IAsyncLifetime
{
    private FakeSendGridServer server = null!;

    public async Task InitializeAsync() => server = await FakeSendGridServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private SendGridEmailSender Sender() => new(new SendGridOptions { ApiKey = "SG.test-key", Host = server.Host });

    [Fact]
    public async Task SendGrid_receives_recipients_subject_both_parts_attachment_and_idempotency_key()
    {
        var result = await Sender().SendAsync(Messages.Alert());

        Assert.Equal((EmailSendOutcome.Accepted, 202), (result.Outcome, result.StatusCode));
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/v3/mail/send", "Bearer SG.test-key"), (request.Method, request.Path, request.Authorization));
        using var json = request.Json();
        var root = json.RootElement;
        var personalization = Assert.Single(root.GetProperty("personalizations").EnumerateArray());
        Assert.Equal(["office@example.cn|县政务公开办", "backup@example.cn|"],
            personalization.GetProperty("to").EnumerateArray().Select(t => $"{t.GetProperty("email").GetString()}|{(t.TryGetProperty("name", out var n) ? n.GetString() : "")}"));
        Assert.Equal(("monitor@example.cn", "政务公开年报监测"), (root.GetProperty("from").GetProperty("email").GetString(), root.GetProperty("from").GetProperty("name").GetString()));
        Assert.Equal("【政务公开年报监测】徐套乡 2026年度报告：表三数据不平衡", root.GetProperty("subject").GetString());
        Assert.Equal(["text/plain", "text/html"], root.GetProperty("content").EnumerateArray().Select(c => c.GetProperty("type").GetString()));
        Assert.Contains("应为10，实际12", root.GetProperty("content")[0].GetProperty("value").GetString());
        var attachment = Assert.Single(root.GetProperty("attachments").EnumerateArray());
        Assert.Equal(("findings.csv", "text/csv; charset=utf-8"), (attachment.GetProperty("filename").GetString(), attachment.GetProperty("type").GetString()));
        Assert.Equal(Messages.Alert().Attachments[0].Content, Convert.FromBase64String(attachment.GetProperty("content").GetString()!));
        Assert.Equal("alert-0123456789abcdef0123456789abcdef",
            personalization.GetProperty("custom_args").GetProperty(SendGridEmailSender.IdempotencyArg).GetString());
    }

    [Fact]
    public async Task Rate_limit_is_typed_with_its_retry_after()
    {
        server.Answer(new SendGridAnswer(429, RetryAfterSeconds: 30));

        var result = await Sender().SendAsync(Messages.Alert());

        Assert.Equal((EmailSendOutcome.RateLimited, 429, TimeSpan.FromSeconds(30)), (result.Outcome, result.StatusCode, result.RetryAfter));
        Assert.Contains("scripted 429", result.Reason);
    }

    [Theory]
    [InlineData(500, EmailSendOutcome.Transient)]
    [InlineData(503, EmailSendOutcome.Transient)]
    [InlineData(408, EmailSendOutcome.Transient)]
    [InlineData(400, EmailSendOutcome.Permanent)]
    [InlineData(401, EmailSendOutcome.Permanent)]
    [InlineData(403, EmailSendOutcome.Permanent)]
    public async Task Failures_map_to_transient_or_permanent_with_the_providers_reason(int status, EmailSendOutcome expected)
    {
        server.Answer(new SendGridAnswer(status, Body: "{\"errors\":[{\"message\":\"The from address does not match a verified Sender Identity\"}]}"));

        var result = await Sender().SendAsync(Messages.Alert());

        Assert.Equal((expected, status), (result.Outcome, result.StatusCode));
        Assert.EndsWith("The from address does not match a verified Sender Identity", result.Reason);
    }

    [Fact]
    public async Task Unreachable_provider_is_a_transient_failure_not_an_exception()
    {
        var host = server.Host;
        await server.DisposeAsync();
        server = await FakeSendGridServer.StartAsync();

        var result = await new SendGridEmailSender(new SendGridOptions { ApiKey = "k", Host = host }).SendAsync(Messages.Alert());

        Assert.Equal(EmailSendOutcome.Transient, result.Outcome);
        Assert.StartsWith("connection failed", result.Reason);
    }
}
