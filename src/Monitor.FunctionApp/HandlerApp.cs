using System.Diagnostics;
using Monitor.Application.Configuration;
using Monitor.FunctionApp.CustomHandler;
using Monitor.FunctionApp.Functions.CheckDeadlines;
using Monitor.FunctionApp.Functions.CrawlUnit;
using Monitor.FunctionApp.Functions.Dashboard;
using Monitor.FunctionApp.Functions.RecheckReport;
using Monitor.FunctionApp.Functions.ScheduleCrawl;
using Monitor.FunctionApp.Functions.SendAlerts;
using Monitor.FunctionApp.Functions.ValidateCapture;
using Monitor.FunctionApp.Functions.WeeklySummary;
using Monitor.FunctionApp.Hosting;
using Monitor.FunctionApp.Standalone;

namespace Monitor.FunctionApp;

/// <summary>How the handler process runs.</summary>
public sealed record HandlerOptions
{
    /// <summary>
    /// `serve`: without the Functions host — timers and queues dispatched in-process over the local data folder
    /// (Monitor__DataFolder, default ./.data), listening on http://127.0.0.1:7071 unless --urls says otherwise.
    /// </summary>
    public bool Standalone { get; init; }

    /// <summary>Tests point the crawler and SendGrid at loopback fakes.</summary>
    public Action<Crawling.Fetching.CrawlerHttpOptions>? ConfigureHttp { get; init; }

    public HttpClient? MailHttp { get; init; }

    /// <summary>Where `serve` tells the operator, in Chinese, what needs attention (mail not delivered).</summary>
    public Action<string>? Notice { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;
}

/// <summary>
/// The function app: an ASP.NET Core minimal-API process that the Functions host starts as bin/handler (a custom
/// handler), one endpoint per function folder, or that runs standalone (`serve`).
/// </summary>
public sealed class HandlerApp
{
    public const string DefaultStandaloneUrl = "http://127.0.0.1:7071";

    private HandlerApp()
    {
    }

    /// <summary>Every function's endpoint; a test pairs them with the Functions/*/function.json folders.</summary>
    public static void MapFunctions(IEndpointRouteBuilder app)
    {
        ScheduleCrawlEndpoint.Map(app);
        CrawlUnitEndpoint.Map(app);
        ValidateCaptureEndpoint.Map(app);
        CheckDeadlinesEndpoint.Map(app);
        SendAlertsEndpoint.Map(app);
        WeeklySummaryEndpoint.Map(app);
        RecheckReportEndpoint.Map(app);
        DashboardEndpoint.Map(app);
    }

    public static WebApplication Build(string[] args, HandlerOptions? options = null)
    {
        options ??= new HandlerOptions();
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.UseCustomHandlerPort();
        var settings = MonitorSettings.Read(key => builder.Configuration[key]);
        if (options.Standalone)
        {
            settings = settings with { DataFolder = settings.DataFolder ?? ".data" };
            if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration[CustomHandlerHosting.PortVariable]))
                builder.WebHost.UseUrls(DefaultStandaloneUrl);
        }
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(options.Time);
        builder.Services.AddSingleton(provider => new MonitorHostProvider(settings, options.Time, provider.GetRequiredService<ILogger<MonitorHostProvider>>())
        {
            ConfigureHttp = options.ConfigureHttp,
            MailHttp = options.MailHttp,
        });
        if (options.Standalone)
        {
            builder.Services.AddSingleton(provider => provider.GetRequiredService<MonitorHostProvider>().GetAsync(CancellationToken.None).GetAwaiter().GetResult());
            builder.Services.AddSingleton(new StandaloneNotices(options.Notice ?? (_ => { })));
            builder.Services.AddHostedService<StandaloneWorker>();
        }

        var app = builder.Build();
        app.MapReadiness();
        if (options.Standalone)
        {
            // Under the Functions host only the host reaches the handler (loopback, its port). Standalone, the
            // invocation endpoints are reachable by whoever reaches the process, so they need the key like HTTP ones.
            var keyed = app.MapGroup("");
            keyed.AddEndpointFilter(async (context, next) =>
                FunctionKey.IsValid(context.HttpContext.Request, settings.RecheckApiKey)
                    ? await next(context).ConfigureAwait(false)
                    : FunctionKey.Unauthorized(context.HttpContext.Request));
            MapFunctions(keyed);
        }
        else
        {
            MapFunctions(app);
        }
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            // Start-to-ready as the host sees it: from process start until Kestrel accepts the readiness ping.
            var ready = DateTime.Now - Process.GetCurrentProcess().StartTime;
            app.Logger.LogInformation("Handler ready in {ReadyMs:F0} ms ({Mode})", ready.TotalMilliseconds, options.Standalone ? "standalone" : "custom handler");
        });
        return app;
    }
}
