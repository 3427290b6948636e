using System.Text;
using Azure.Storage.Blobs;
using Monitor.Domain.Capture;
using Monitor.Storage.Azure;
using Monitor.Testing;

namespace Monitor.Storage.Tests;

[Collection("Azurite")]
public class AzureAdapterTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 2, 3, 4, TimeSpan.Zero);

    private static CaptureDraft Draft(string url) =>
        new("qingshui", "xutao", 2025, url, "徐套乡2025年政府信息公开工作年度报告", "text/html", "html", T0);

    [Fact]
    public async Task Blob_metadata_is_ascii_and_decodes_to_the_record_values()
    {
        var options = new AzureStorageOptions { ConnectionString = azurite.ConnectionString, CapturesContainer = AzuriteFixture.UniqueName("meta-") };
        var url = "http://www.清水县.gov.cn/年报?id=1&x=徐套";
        var saved = await AzureStorage.Create(options).Captures.SaveAsync(Draft(url), Encoding.UTF8.GetBytes("正文"));

        var properties = await new BlobContainerClient(azurite.ConnectionString, options.CapturesContainer)
            .GetBlobClient(saved.Record.Name).GetPropertiesAsync();

        Assert.All(properties.Value.Metadata.Values, value => Assert.True(value.All(char.IsAscii)));
        Assert.Equal((url, "徐套乡2025年政府信息公开工作年度报告", saved.Record.Sha256),
            (Uri.UnescapeDataString(properties.Value.Metadata["sourceurl"]), Uri.UnescapeDataString(properties.Value.Metadata["title"]),
             properties.Value.Metadata["sha256"]));
        Assert.Equal("text/html", properties.Value.ContentType);
    }

    [Fact]
    public async Task Stores_recreate_containers_and_tables_after_an_in_memory_emulator_restarts()
    {
        using var own = new AzuriteProcess();
        var stores = AzureStorage.Create(new AzureStorageOptions { ConnectionString = own.ConnectionString });
        await stores.Captures.SaveAsync(Draft("http://a.example/1.html"), Encoding.UTF8.GetBytes("一"));
        await stores.Filings.TryUpsertAsync(new FilingEntry("qingshui", "xutao", 2025, "on-time"));

        own.Restart();

        var after = await stores.Captures.SaveAsync(Draft("http://a.example/1.html"), Encoding.UTF8.GetBytes("一"));
        var filing = await stores.Filings.TryUpsertAsync(new FilingEntry("qingshui", "xutao", 2025, "late"));
        await stores.CrawlState.PutAsync(new CrawlState("http://a.example/", HttpValidators.None, T0));

        Assert.Equal((CaptureOutcome.New, "late"), (after.Outcome, filing?.Status));
        Assert.NotNull(await stores.CrawlState.GetAsync("http://a.example/"));
    }

    [Fact]
    public async Task A_persistent_emulator_keeps_captures_across_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("azurite-").FullName;
        try
        {
            using var own = new AzuriteProcess(folder);
            var stores = AzureStorage.Create(new AzureStorageOptions { ConnectionString = own.ConnectionString });
            await stores.Captures.SaveAsync(Draft("http://a.example/1.html"), Encoding.UTF8.GetBytes("一"));

            own.Restart();

            Assert.Equal(CaptureOutcome.Unchanged, (await stores.Captures.SaveAsync(Draft("http://a.example/1.html"), Encoding.UTF8.GetBytes("一"))).Outcome);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
