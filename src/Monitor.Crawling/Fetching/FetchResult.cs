namespace Monitor.Crawling.Fetching;

public enum FetchOutcome
{
    /// <summary>200 with a body within the size bound.</summary>
    Fetched,
    /// <summary>304: the validators we sent still hold.</summary>
    NotModified,
    /// <summary>The body exceeded the size bound; reading stopped.</summary>
    TooLarge,
    /// <summary>Not requested or not followed: host outside the registry, robots.txt, redirect loop or bound.</summary>
    Refused,
    /// <summary>Error status after retries, timeout, connection failure or open circuit.</summary>
    Failed,
}

/// <summary>HTTP validators for conditional GET.</summary>
public sealed record Validators(string? ETag, DateTimeOffset? LastModified)
{
    public static Validators None { get; } = new(null, null);
}

/// <summary>The result of fetching one URL. <see cref="Reason"/> is Chinese, for officials and the F05 evidence.</summary>
public sealed record FetchResult(
    FetchOutcome Outcome,
    Uri RequestedUrl,
    Uri FinalUrl,
    int? StatusCode,
    byte[] Body,
    string? ContentType,
    string? Charset,
    Validators Validators,
    DateTimeOffset FetchedAt,
    string? Reason)
{
    public bool IsSuccess => Outcome is FetchOutcome.Fetched or FetchOutcome.NotModified;

    /// <summary>The file name the server gave in Content-Disposition (download servlets), if any.</summary>
    public string? FileName { get; init; }
}
