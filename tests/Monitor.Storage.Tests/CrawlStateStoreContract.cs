using Monitor.Domain.Capture;
using Monitor.Testing;

namespace Monitor.Storage.Tests;

public abstract class CrawlStateStoreContract(IStoreBackend backend) : IDisposable
{
    private const string Listing = "http://www.清水县.gov.cn/xxgk/年报/index.jsp?col=ndbg&page=1#列表";
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);

    private readonly ICrawlStateStore store = backend.Stores.CrawlState;

    public void Dispose() => backend.Dispose();

    [Fact]
    public async Task State_round_trips_with_chinese_and_reserved_characters_in_the_url()
    {
        var state = new CrawlState(Listing, new HttpValidators("W/\"5f-abc\"", T0.AddDays(-2)), T0, T0.AddMinutes(-30), 0, null);

        await store.PutAsync(state);

        Assert.Equal(state, await store.GetAsync(Listing));
    }

    [Fact]
    public async Task Put_replaces_the_previous_state()
    {
        await store.PutAsync(new CrawlState(Listing, new HttpValidators("\"1\""), T0, T0));
        var failing = new CrawlState(Listing, new HttpValidators("\"1\""), T0.AddHours(1), T0, 3, "HTTP 500 服务器错误");

        await store.PutAsync(failing);

        Assert.Equal(failing, await store.GetAsync(Listing));
    }

    [Fact]
    public async Task Urls_differing_only_in_query_are_separate_and_unknown_urls_are_null()
    {
        await store.PutAsync(new CrawlState(Listing, HttpValidators.None, T0, null, 1, "timeout"));

        Assert.Null(await store.GetAsync(Listing.Replace("page=1", "page=2")));
        Assert.Null(await store.GetAsync("not a url"));
    }
}

public sealed class LocalCrawlStateStoreTests() : CrawlStateStoreContract(new LocalBackend());

[Collection("Azurite")]
public sealed class AzureCrawlStateStoreTests(AzuriteFixture azurite) : CrawlStateStoreContract(new AzureBackend(azurite));
