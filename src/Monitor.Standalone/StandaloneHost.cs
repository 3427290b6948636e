using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Application.Configuration;
using Monitor.Application.Hosting;
using Monitor.Web.Endpoints;
using Monitor.Web.Hosting;
using Monitor.Web.Http;

namespace Monitor.Standalone;

/// <summary>How `serve` runs.</summary>
public sealed record StandaloneOptions
{
    /// <summary>Tests and the sample county point the crawler at loopback portals.</summary>
    public Action<Crawling.Fetching.CrawlerHttpOptions>? ConfigureHttp { get; init; }

    /// <summary>Tests point SendGrid at a loopback fake.</summary>
    public HttpClient? MailHttp { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where `serve` tells the operator, in Chinese, what needs attention (mail not delivered).</summary>
    public Action<string>? Notice { get; init; }

    /// <summary>
    /// Crawl every unit once as soon as the host starts, instead of waiting hours for the first scheduled crawl: a
    /// new install then shows what the units have published, not a column of units never checked.
    /// </summary>
    public bool CrawlOnStart { get; init; } = true;
}

/// <summary>
/// The standalone host: the function app's HTTP routes (POST /api/reports/recheck, GET /api/dashboard) and run-now
/// routes for the three timers (POST /ScheduleCrawl, /CheckDeadlines, /WeeklySummary), all behind the Recheck__ApiKey
/// key, plus an unauthenticated readiness ping (GET / → "ready"); the timers and queues run in <see cref="StandaloneWorker"/>.
/// Listens on http://127.0.0.1:7071 unless --urls says otherwise; data in Monitor__DataFolder (default ./.data).
/// </summary>
public static class StandaloneHost
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    public static WebApplication Build(string[] args, StandaloneOptions? options = null)
    {
        options ??= new StandaloneOptions();
        var builder = WebApplication.CreateSlimBuilder(args);
        var settings = MonitorSettings.Read(key => builder.Configuration[key]);
        settings = settings with { DataFolder = settings.DataFolder ?? ".data" };
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(options.Time);
        builder.Services.AddSingleton(provider => new MonitorHostProvider(settings, options.Time, provider.GetRequiredService<ILogger<MonitorHostProvider>>())
        {
            ConfigureHttp = options.ConfigureHttp,
            MailHttp = options.MailHttp,
        });
        builder.Services.AddSingleton(provider => provider.GetRequiredService<MonitorHostProvider>().GetAsync(CancellationToken.None).GetAwaiter().GetResult());
        builder.Services.AddSingleton(options);
        builder.Services.AddHostedService<StandaloneWorker>();

        var app = builder.Build();
        app.MapGet("/", () => Results.Text("ready"));
        MapWorkspace(app, settings);
        // Whoever reaches the process reaches these routes, so every one needs the key (in Azure the host checks its own).
        var keyed = app.MapGroup("");
        keyed.AddEndpointFilter(async (context, next) =>
            FunctionKey.IsValid(context.HttpContext.Request, settings.RecheckApiKey)
                ? await next(context).ConfigureAwait(false)
                : FunctionKey.Unauthorized(context.HttpContext.Request));
        var provider = app.Services.GetRequiredService<MonitorHostProvider>();
        var logs = app.Services.GetRequiredService<ILoggerFactory>();
        keyed.MapPost(RecheckHttp.Route, (HttpRequest request) => RecheckHttp.HandleAsync(request, provider.GetAsync, logs.CreateLogger("RecheckReport")));
        keyed.MapGet(DashboardHttp.Route, (HttpRequest request) => DashboardHttp.HandleAsync(request, provider.GetAsync));
        keyed.MapPost("/{timer:alpha}", async (string timer, HttpContext http) =>
        {
            var host = await provider.GetAsync(http.RequestAborted).ConfigureAwait(false);
            return await TimerJobs.RunAsync(timer, host, logs.CreateLogger(timer), http.RequestAborted).ConfigureAwait(false)
                ? Results.Json(new { function = timer, status = "ran" })
                : HttpReplies.Problem(http.Request, StatusCodes.Status404NotFound, $"没有名为“{timer}”的定时任务（可用：{string.Join("、", TimerJobs.Names)}）。");
        });
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var ready = DateTime.Now - Process.GetCurrentProcess().StartTime;
            app.Logger.LogInformation("Standalone host ready in {ReadyMs:F0} ms", ready.TotalMilliseconds);
        });
        return app;
    }

    public const string WorkspacePath = "/workspace";
    public const string ReviewerCookie = "monitor-reviewer";

    /// <summary>
    /// The workspace in `serve`: a sign-in form takes the key and the reviewer's name and keeps both in HttpOnly,
    /// SameSite=Strict cookies (so a page on another site cannot post with them); every page then needs both.
    /// </summary>
    private static void MapWorkspace(WebApplication app, MonitorSettings settings)
    {
        var provider = app.Services.GetRequiredService<MonitorHostProvider>();
        app.MapGet(WorkspacePath + "/login", () => Results.Content(Web.Workspace.WorkspacePages.Login(WorkspacePath, null), "text/html; charset=utf-8"));
        app.MapPost(WorkspacePath + "/login", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            var reviewer = form["reviewer"].FirstOrDefault()?.Trim();
            if (!FunctionKey.Matches(form["key"].FirstOrDefault(), settings.RecheckApiKey) || string.IsNullOrEmpty(reviewer) || reviewer.Length > 40)
                return Results.Content(Web.Workspace.WorkspacePages.Login(WorkspacePath, "访问密钥错误，或未填写审核人姓名（40字以内）。"), "text/html; charset=utf-8",
                    statusCode: StatusCodes.Status401Unauthorized);
            var cookie = new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true };
            request.HttpContext.Response.Cookies.Append(FunctionKey.Cookie, form["key"].ToString(), cookie);
            request.HttpContext.Response.Cookies.Append(ReviewerCookie, Uri.EscapeDataString(reviewer), cookie);
            return Results.Redirect(WorkspacePath);
        });
        Delegate page = (HttpRequest request, string? rest) =>
        {
            var reviewer = request.Cookies[ReviewerCookie] is { Length: > 0 } name ? Uri.UnescapeDataString(name) : null;
            if (!FunctionKey.IsValid(request, settings.RecheckApiKey) || reviewer is null)
                return Task.FromResult(HttpMethods.IsGet(request.Method) ? Results.Redirect(WorkspacePath + "/login") : FunctionKey.Unauthorized(request));
            return Web.Workspace.WorkspaceHttp.HandleAsync(request, rest, provider.GetAsync, WorkspacePath, reviewer);
        };
        app.MapMethods(WorkspacePath, ["GET"], page);
        app.MapMethods(WorkspacePath + "/{**rest}", ["GET", "POST"], page);
    }
}
