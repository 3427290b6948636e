using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Monitor.Notifications.Eml;

namespace Monitor.Notifications.Tests;

public sealed class EmlFileEmailSenderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "eml-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2027, 2, 1, 1, 2, 3, TimeSpan.Zero));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Written_file_parses_back_with_Chinese_subject_both_parts_and_attachment()
    {
        var result = await new EmlFileEmailSender(folder, time).SendAsync(Messages.Alert());

        Assert.True(result.IsAccepted);
        var path = Assert.Single(Directory.GetFiles(folder));
        Assert.Equal("20270201T010203Z-alert-0123456789abcdef0123456789abcdef.eml", Path.GetFileName(path));
        var raw = await File.ReadAllTextAsync(path);
        var subjectLine = raw.Split("\r\n").Concat(raw.Split('\n')).First(l => l.StartsWith("Subject:", StringComparison.Ordinal));
        Assert.Contains("=?utf-8?", subjectLine, StringComparison.OrdinalIgnoreCase);

        var mime = await MimeMessage.LoadAsync(path);
        Assert.Equal("【政务公开年报监测】徐套乡 2026年度报告：表三数据不平衡", mime.Subject);
        Assert.Equal(["office@example.cn", "backup@example.cn"], mime.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("县政务公开办", mime.To.Mailboxes.First().Name);
        Assert.Equal("政务公开年报监测", mime.From.Mailboxes.Single().Name);
        Assert.Equal("multipart/mixed", mime.Body!.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(((Multipart)mime.Body)[0]);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Contains("应为10，实际12", mime.TextBody);
        Assert.Contains("应为10，实际12", mime.HtmlBody);
        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(mime.Attachments));
        Assert.Equal("findings.csv", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal(Messages.Alert().Attachments[0].Content, content.ToArray());
        Assert.Equal("alert-0123456789abcdef0123456789abcdef", mime.Headers["X-Idempotency-Key"]);
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 1, 2, 3, TimeSpan.Zero), mime.Date);
    }

    [Fact]
    public async Task The_same_idempotency_key_is_written_once()
    {
        var sender = new EmlFileEmailSender(folder, time);
        await sender.SendAsync(Messages.Alert());
        time.Advance(TimeSpan.FromMinutes(5));

        var again = await sender.SendAsync(Messages.Alert());
        await sender.SendAsync(Messages.Alert("summary-zhongning-2026-20270201"));

        Assert.True(again.IsAccepted);
        Assert.StartsWith("already written", again.Reason);
        Assert.Equal(2, Directory.GetFiles(folder, "*.eml").Length);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void Plain_text_part_is_utf8()
    {
        var mime = EmlFileEmailSender.ToMime(Messages.Alert(), time.GetUtcNow());

        var text = mime.BodyParts.OfType<TextPart>().First(p => p.IsPlain);
        Assert.Equal("utf-8", text.ContentType.Charset, ignoreCase: true);
    }
}
