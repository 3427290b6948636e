using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitor.Testing;

/// <summary>One request the fake SendGrid received.</summary>
public sealed record SendGridRequest(string Method, string Path, string? Authorization, string Body, int AnsweredWith)
{
    public JsonDocument Json() => JsonDocument.Parse(Body);
}

/// <summary>A scripted answer: status code, optional Retry-After seconds and body.</summary>
public sealed record SendGridAnswer(int Status, int? RetryAfterSeconds = null, string? Body = null);

/// <summary>
/// A stand-in for the SendGrid v3 API on 127.0.0.1 (port chosen by the OS), for tests only. It records every
/// request and answers from a script (e.g. 429 with Retry-After, then 500, then 202); when the script is used up
/// it answers 202 Accepted like SendGrid does.
/// </summary>
public sealed class FakeSendGridServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<SendGridAnswer> script = new();
    private readonly ConcurrentQueue<SendGridRequest> requests = new();

    private FakeSendGridServer(WebApplication app) => this.app = app;

    /// <summary>Base address to put in SendGrid:Host, e.g. http://127.0.0.1:41234.</summary>
    public string Host { get; private set; } = "";

    public IReadOnlyList<SendGridRequest> Requests => [.. requests];

    /// <summary>Requests that were answered with 2xx: the mails SendGrid would have delivered.</summary>
    public IReadOnlyList<SendGridRequest> Accepted => [.. requests.Where(r => r.AnsweredWith is >= 200 and < 300)];

    public static async Task<FakeSendGridServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeSendGridServer(app);
        app.MapPost("/v3/mail/send", server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        server.Host = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public FakeSendGridServer Answer(params SendGridAnswer[] answers)
    {
        foreach (var answer in answers) script.Enqueue(answer);
        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var answer = script.TryDequeue(out var scripted) ? scripted : new SendGridAnswer(202);
        requests.Enqueue(new SendGridRequest(context.Request.Method, context.Request.Path, context.Request.Headers.Authorization.ToString(), body, answer.Status));

        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (answer.Status is >= 200 and < 300)
        {
            context.Response.Headers["X-Message-Id"] = Guid.NewGuid().ToString("N");
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body ?? $"{{\"errors\":[{{\"message\":\"scripted {answer.Status}\",\"field\":null,\"help\":null}}]}}").ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
