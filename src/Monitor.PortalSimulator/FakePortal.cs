using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Monitor.PortalSimulator;

/// <summary>
/// A fake county portal on 127.0.0.1 (port 0) for tests, the sweep command and the crawl benchmark. Pages are
/// keyed by host and path, so one server can pose as many township sites: clients resolve every host name to
/// <see cref="EndPoint"/> through <see cref="ConnectCallback"/>. Counts requests and 304s for assertions.
/// </summary>
public sealed class FakePortal : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, PortalPage> pages = new(StringComparer.OrdinalIgnoreCase);
    // Pages that answer only for given query parameters (listing APIs: dataproxy.jsp, gkmlpt, jpaas), by host and path.
    private readonly ConcurrentDictionary<string, List<(IReadOnlyDictionary<string, string> Query, PortalPage Page)>> queryPages = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.OrdinalIgnoreCase);
    private WebApplication? app;
    private int requests;
    private int notModified;

    /// <summary>Which body version pages serve; raise it to "change the site" after a first crawl.</summary>
    public int Version { get; set; }
    /// <summary>Added to every request, to simulate slow sites.</summary>
    public TimeSpan Latency { get; set; }
    public IPEndPoint EndPoint { get; private set; } = new(IPAddress.Loopback, 0);
    public int Requests => requests;
    public int NotModifiedCount => notModified;
    public IReadOnlyDictionary<string, int> HitsByUrl => hits;
    public ConcurrentBag<string> UserAgents { get; } = [];
    /// <summary>Called with (host, path) as each request arrives: a test's hook to stage an outage mid-crawl.</summary>
    public Action<string, string>? OnRequest { get; set; }

    public void Add(string host, string path, PortalPage page) => pages[Key(host, path)] = page;

    /// <summary>
    /// A page that answers when every one of <paramref name="query"/>'s parameters has that value (others may be
    /// present); among several matching pages of one path the one naming most parameters wins.
    /// </summary>
    public void Add(string host, string path, IReadOnlyDictionary<string, string> query, PortalPage page)
    {
        if (query.Count == 0)
        {
            Add(host, path, page);
            return;
        }
        var list = queryPages.GetOrAdd(Key(host, path), _ => []);
        lock (list) list.Add((query, page));
    }

    private PortalPage? Find(string key, IQueryCollection query)
    {
        if (queryPages.TryGetValue(key, out var list))
        {
            lock (list)
            {
                var match = list
                    .Where(e => e.Query.All(p => query.TryGetValue(p.Key, out var v) && string.Equals(v.ToString(), p.Value, StringComparison.Ordinal)))
                    .OrderByDescending(e => e.Query.Count)
                    .Select(e => e.Page)
                    .FirstOrDefault();
                if (match is not null) return match;
            }
        }
        return pages.GetValueOrDefault(key);
    }

    public int Hits(string host, string path) => hits.GetValueOrDefault(Key(host, path));

    public void ResetCounters()
    {
        hits.Clear();
        requests = 0;
        notModified = 0;
    }

    /// <summary>For <c>SocketsHttpHandler.ConnectCallback</c>: any host name connects to this server.</summary>
    public async ValueTask<Stream> ConnectCallback(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(EndPoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Run(Serve);
        await app.StartAsync().ConfigureAwait(false);
        var address = new Uri(app.Urls.First());
        EndPoint = new IPEndPoint(IPAddress.Loopback, address.Port);
    }

    private async Task Serve(HttpContext context)
    {
        var req = context.Request;
        var key = Key(req.Host.Host, req.Path.Value ?? "/");
        Interlocked.Increment(ref requests);
        UserAgents.Add(req.Headers.UserAgent.ToString());
        var n = hits.AddOrUpdate(key, 1, (_, c) => c + 1);
        OnRequest?.Invoke(req.Host.Host, req.Path.Value ?? "/");
        if (Latency > TimeSpan.Zero) await Task.Delay(Latency, context.RequestAborted).ConfigureAwait(false);
        if (Find(key, req.Query) is not { } page)
        {
            context.Response.StatusCode = 404;
            return;
        }
        if (page.DelaysMs.Count > 0)
        {
            var delay = page.DelaysMs[Math.Min(n - 1, page.DelaysMs.Count - 1)];
            try
            {
                await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        var status = page.StatusSequence.Count == 0 ? 200 : page.StatusSequence[Math.Min(n - 1, page.StatusSequence.Count - 1)];
        if (page.RedirectTo is { } target && status == 200)
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = target;
            return;
        }
        context.Response.StatusCode = status;
        if (status != 200) return;

        var body = page.GeneratedBytes is null && page.Versions.Count > 0 ? page.Versions[Math.Min(Version, page.Versions.Count - 1)] : null;
        if (page.Validators && body is not null)
        {
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(body))[..16] + "\"";
            var lastModified = page.LastModified.AddDays(Math.Min(Version, page.Versions.Count - 1));
            context.Response.Headers.ETag = etag;
            context.Response.Headers.LastModified = lastModified.ToString("R");
            var inm = req.Headers.IfNoneMatch.ToString();
            var ims = req.GetTypedHeaders().IfModifiedSince;
            if ((inm.Length > 0 && inm.Contains(etag, StringComparison.Ordinal)) || (inm.Length == 0 && ims >= lastModified))
            {
                Interlocked.Increment(ref notModified);
                context.Response.StatusCode = 304;
                return;
            }
        }
        context.Response.ContentType = page.Charset is null ? page.ContentType : $"{page.ContentType}; charset={page.Charset}";
        foreach (var (name, value) in page.Headers) context.Response.Headers[name] = value;
        if (body is not null)
        {
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            return;
        }
        await WriteGenerated(context, page.GeneratedBytes ?? 0).ConfigureAwait(false);
    }

    private static async Task WriteGenerated(HttpContext context, long length)
    {
        context.Response.ContentLength = length;
        var chunk = new byte[64 * 1024];
        chunk.AsSpan().Fill((byte)'%');
        try
        {
            for (long sent = 0; sent < length; sent += chunk.Length)
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, length - sent)), context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The crawler hung up at its size bound, which is the point of the page.
        }
    }

    private static string Key(string host, string path) => host.ToLowerInvariant() + path;

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync().ConfigureAwait(false);
    }
}
