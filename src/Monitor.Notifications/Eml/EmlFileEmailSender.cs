using Monitor.Domain.Email;
using MimeKit;

namespace Monitor.Notifications.Eml;

/// <summary>
/// "Sends" by writing an RFC 5322 .eml file into a folder (local runs, <c>sweep</c>): multipart/mixed holding a
/// multipart/alternative (plain text + HTML) and the attachments, headers RFC 2047-encoded in UTF-8.
/// Files are named <c>{utc time}-{idempotency key}.eml</c>; a key already written is not written again.
/// </summary>
public sealed class EmlFileEmailSender(string folder, TimeProvider? time = null) : IEmailSender
{
    private readonly TimeProvider time = time ?? TimeProvider.System;

    public string Folder { get; } = folder;

    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        try
        {
            Directory.CreateDirectory(Folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new EmailSendResult(EmailSendOutcome.Transient, null, $"could not write {Folder}: {e.Message}");
        }
        if (FindExisting(message.IdempotencyKey) is { } existing)
            return EmailSendResult.Accepted(reason: $"already written: {Path.GetFileName(existing)}");

        var now = time.GetUtcNow();
        var path = Path.Combine(Folder, $"{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{message.IdempotencyKey}.eml");
        var temp = path + ".tmp";
        try
        {
            await using (var stream = File.Create(temp))
            {
                await ToMime(message, now).WriteToAsync(stream, cancellationToken).ConfigureAwait(false);
            }
            File.Move(temp, path, overwrite: false);
            return EmailSendResult.Accepted(reason: $"written: {Path.GetFileName(path)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temp);
            return new EmailSendResult(EmailSendOutcome.Transient, null, $"could not write {path}: {e.Message}");
        }
    }

    /// <summary>The MIME message for an email; the Message-Id derives from the idempotency key, so re-sends are recognisable.</summary>
    public static MimeMessage ToMime(EmailMessage message, DateTimeOffset date)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = date,
            MessageId = $"{message.IdempotencyKey}@monitor.invalid",
        };
        mime.From.Add(new MailboxAddress(message.From.Name, message.From.Address));
        mime.To.AddRange(message.To.Select(t => new MailboxAddress(t.Name, t.Address)));
        mime.Headers.Add("X-Idempotency-Key", message.IdempotencyKey);

        var body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }
        mime.Body = body.ToMessageBody();
        return mime;
    }

    private string? FindExisting(string key) =>
        Directory.EnumerateFiles(Folder, $"*-{key}.eml").FirstOrDefault();
}
