using System.Net;
using System.Net.Http.Headers;
using Monitor.Domain;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Monitor.Crawling.Fetching;

/// <summary>
/// Fetches one URL through the stage chain with conditional GET and a streamed size bound, and turns every
/// failure into a <see cref="FetchResult"/> instead of an exception.
/// </summary>
public sealed class PageFetcher(HttpClient client, BodySizeOptions size, TimeSpan overallTimeout, TimeProvider time) : IDisposable
{
    public async Task<FetchResult> FetchAsync(Uri url, Validators? known = null, CancellationToken cancellationToken = default)
    {
        if (UrlText.IsTooLong(url.OriginalString))
            return Result(FetchOutcome.Refused, url, url, null, [], null, null, Validators.None, UrlText.TooLongReason(url.OriginalString.Length));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (known?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
        if (known?.LastModified is { } lm) request.Headers.IfModifiedSince = lm;
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        overall.CancelAfter(overallTimeout);
        var ct = overall.Token;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            var final = response.RequestMessage?.RequestUri ?? url;
            var validators = new Validators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotModified)
                return Result(FetchOutcome.NotModified, url, final, status, [], null, null, known ?? validators, null);
            if (!response.IsSuccessStatusCode)
                return Result(FetchOutcome.Failed, url, final, status, [], null, null, Validators.None, $"服务器返回HTTP {status}");
            var contentType = response.Content.Headers.ContentType;
            if (response.Content.Headers.ContentLength > size.MaxBytes)
                return Result(FetchOutcome.TooLarge, url, final, status, [], contentType?.MediaType, contentType?.CharSet, validators, TooLargeReason());
            var body = await ReadBoundedAsync(response.Content, ct).ConfigureAwait(false);
            return body is null
                ? Result(FetchOutcome.TooLarge, url, final, status, [], contentType?.MediaType, contentType?.CharSet, validators, TooLargeReason())
                : Result(FetchOutcome.Fetched, url, final, status, body, contentType?.MediaType, contentType?.CharSet, validators, null) with
                {
                    FileName = DispositionFileName(response.Content.Headers.ContentDisposition),
                };
        }
        catch (CrawlRefusedException e)
        {
            return Result(FetchOutcome.Refused, url, url, null, [], null, null, Validators.None, e.Message);
        }
        catch (BrokenCircuitException)
        {
            return Result(FetchOutcome.Failed, url, url, null, [], null, null, Validators.None, "该站点连续失败，已暂停访问（熔断）");
        }
        catch (TimeoutRejectedException)
        {
            return Result(FetchOutcome.Failed, url, url, null, [], null, null, Validators.None, "请求超时");
        }
        catch (HttpRequestException e) when (e.InnerException is CrawlRefusedException refused)
        {
            return Result(FetchOutcome.Refused, url, url, null, [], null, null, Validators.None, refused.Message);
        }
        catch (HttpRequestException e)
        {
            return Result(FetchOutcome.Failed, url, url, null, [], null, null, Validators.None, $"无法连接：{e.HttpRequestError}");
        }
        catch (IOException)
        {
            return Result(FetchOutcome.Failed, url, url, null, [], null, null, Validators.None, "读取响应时连接中断");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Result(FetchOutcome.Failed, url, url, null, [], null, null, Validators.None, "请求超时");
        }
    }

    public void Dispose() => client.Dispose();

    private static string? DispositionFileName(ContentDispositionHeaderValue? disposition)
    {
        var name = disposition?.FileNameStar ?? disposition?.FileName;
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim('"');
        // Servlets often percent-encode the UTF-8 name inside a plain filename parameter.
        if (name.Contains('%')) name = Uri.UnescapeDataString(name);
        return name.Length > 255 ? name[..255] : name;
    }

    private string TooLargeReason() => $"文件超过大小上限（{size.MaxBytes / (1024 * 1024)} MB），未下载";

    /// <summary>Reads at most MaxBytes and stops (null) rather than buffering an unbounded body.</summary>
    private async Task<byte[]?> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > size.MaxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private FetchResult Result(FetchOutcome outcome, Uri requested, Uri final, int? status, byte[] body, string? contentType, string? charset, Validators validators, string? reason) =>
        new(outcome, requested, final, status, body, contentType, charset, validators, time.GetUtcNow(), reason);
}
