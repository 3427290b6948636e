using System.Net;
using System.Text.Json;
using Monitor.Domain.Email;
using SendGrid;
using SendGrid.Helpers.Mail;
using DomainAddress = Monitor.Domain.Email.EmailAddress;
using SendGridAddress = SendGrid.Helpers.Mail.EmailAddress;

namespace Monitor.Notifications.SendGrid;

/// <summary>
/// Sends through the SendGrid v3 mail API. The client's own retries are off: the outbox dispatcher owns retrying,
/// so a failure is reported once, typed, with the provider's reason and any Retry-After.
/// </summary>
public sealed class SendGridEmailSender : IEmailSender
{
    /// <summary>The custom arg that carries the idempotency key, visible in SendGrid's event webhook and activity feed.</summary>
    public const string IdempotencyArg = "idempotency_key";

    private readonly SendGridClient client;
    private readonly TimeProvider time;

    public SendGridEmailSender(SendGridOptions options, HttpClient? httpClient = null, TimeProvider? time = null)
    {
        var clientOptions = new SendGridClientOptions { ApiKey = options.ApiKey };
        if (!string.IsNullOrWhiteSpace(options.Host)) clientOptions.Host = options.Host;
        client = httpClient is null ? new SendGridClient(clientOptions) : new SendGridClient(httpClient, clientOptions);
        this.time = time ?? TimeProvider.System;
    }

    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Response response;
        try
        {
            response = await client.SendEmailAsync(ToSendGrid(message), cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            return new EmailSendResult(EmailSendOutcome.Transient, null, $"connection failed: {e.Message}");
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return new EmailSendResult(EmailSendOutcome.Transient, null, $"timed out: {e.Message}");
        }

        var status = (int)response.StatusCode;
        var retryAfter = RetryAfter(response);
        if (status is >= 200 and < 300) return EmailSendResult.Accepted(status, $"{status} {response.StatusCode}");

        var reason = $"{status} {response.StatusCode}: {await ErrorText(response, cancellationToken).ConfigureAwait(false)}";
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new EmailSendResult(EmailSendOutcome.RateLimited, status, reason, retryAfter),
            HttpStatusCode.RequestTimeout => new EmailSendResult(EmailSendOutcome.Transient, status, reason, retryAfter),
            _ when status >= 500 => new EmailSendResult(EmailSendOutcome.Transient, status, reason, retryAfter),
            _ => new EmailSendResult(EmailSendOutcome.Permanent, status, reason),
        };
    }

    internal static SendGridMessage ToSendGrid(EmailMessage message)
    {
        var mail = new SendGridMessage
        {
            From = ToSendGrid(message.From),
            Subject = message.Subject,
            PlainTextContent = message.Text,
            HtmlContent = message.Html,
        };
        mail.AddTos([.. message.To.Select(ToSendGrid)]);
        foreach (var attachment in message.Attachments)
        {
            mail.AddAttachment(attachment.FileName, Convert.ToBase64String(attachment.Content), attachment.ContentType);
        }
        mail.AddCustomArg(IdempotencyArg, message.IdempotencyKey);
        return mail;
    }

    private static SendGridAddress ToSendGrid(DomainAddress address) => new(address.Address, address.Name);

    /// <summary>Retry-After as seconds or as an HTTP date (RFC 9110 allows both).</summary>
    private TimeSpan? RetryAfter(Response response)
    {
        var header = response.Headers?.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    /// <summary>SendGrid explains failures as {"errors":[{"message":…}]}; fall back to the raw body.</summary>
    private static async Task<string> ErrorText(Response response, CancellationToken cancellationToken)
    {
        var body = response.Body is null ? "" : await response.Body.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                var messages = errors.EnumerateArray()
                    .Select(e => e.TryGetProperty("message", out var m) ? m.GetString() : null)
                    .OfType<string>()
                    .ToList();
                if (messages.Count > 0) return string.Join("; ", messages);
            }
        }
        catch (JsonException)
        {
        }
        return body.Length > 500 ? body[..500] : body;
    }
}
