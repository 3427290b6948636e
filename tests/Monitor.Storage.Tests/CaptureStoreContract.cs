using System.Text;
using Monitor.Domain.Capture;
using Monitor.Testing;

namespace Monitor.Storage.Tests;

public abstract class CaptureStoreContract(IStoreBackend backend) : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 2, 3, 4, TimeSpan.Zero);
    private const string Url = "http://xutao.example.gov.cn/xxgk/ndbg/t20260105_1.html";

    private readonly ICaptureStore store = backend.Stores.Captures;

    public void Dispose() => backend.Dispose();

    private static CaptureDraft Draft(DateTimeOffset at, string url = Url, string unit = "xutao", int? year = 2025, string ext = "html") =>
        new("qingshui", unit, year, url, "徐套乡2025年政府信息公开工作年度报告", "text/html; charset=gbk", ext, at,
            new DateOnly(2026, 1, 4), new HttpValidators("\"abc\"", T0.AddDays(-1)));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private async Task<string> ReadAsync(string name)
    {
        await using var stream = await store.OpenReadAsync(name) ?? throw new InvalidOperationException($"{name} missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task First_save_is_new_and_named_by_unit_year_time_and_hash()
    {
        var saved = await store.SaveAsync(Draft(T0.AddTicks(1234)), Bytes("报告正文"));

        Assert.Equal(CaptureOutcome.New, saved.Outcome);
        Assert.Equal($"qingshui/xutao/2025/20260105T020304Z-{saved.Record.Sha256[..12]}.html", saved.Record.Name);
        Assert.Equal((1, (string?)null, T0, 12L), (saved.Record.Version, saved.Record.PreviousSha256, saved.Record.FirstSeenAt, saved.Record.Length));
        Assert.Equal("报告正文", await ReadAsync(saved.Record.Name));
        Assert.Equal(saved.Record, await store.GetAsync(saved.Record.Name));
    }

    [Fact]
    public async Task Unknown_year_goes_under_unknown()
    {
        var saved = await store.SaveAsync(Draft(T0, year: null, ext: ".PDF"), Bytes("%PDF"));

        Assert.StartsWith("qingshui/xutao/unknown/20260105T020304Z-", saved.Record.Name);
        Assert.EndsWith(".pdf", saved.Record.Name);
    }

    [Fact]
    public async Task Same_hash_as_latest_version_is_unchanged_and_stores_nothing()
    {
        var first = await store.SaveAsync(Draft(T0), Bytes("同一内容"));
        var again = await store.SaveAsync(Draft(T0.AddHours(6)), Bytes("同一内容"));

        Assert.Equal(CaptureOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.Record, again.Record);
        Assert.Single(await store.ListAsync("qingshui"));
    }

    [Fact]
    public async Task New_hash_for_known_source_is_a_new_version_with_previous_hash()
    {
        var first = await store.SaveAsync(Draft(T0), Bytes("第一版"));
        var second = await store.SaveAsync(Draft(T0.AddDays(3)), Bytes("第二版"));
        var back = await store.SaveAsync(Draft(T0.AddDays(4)), Bytes("第一版"));

        Assert.Equal(
            [(CaptureOutcome.New, 1, (string?)null), (CaptureOutcome.NewVersion, 2, first.Record.Sha256), (CaptureOutcome.NewVersion, 3, second.Record.Sha256)],
            new[] { first, second, back }.Select(s => (s.Outcome, s.Record.Version, s.Record.PreviousSha256)));
        Assert.Equal(T0, back.Record.FirstSeenAt);
        var names = (await store.ListAsync("qingshui", "xutao", 2025)).Select(r => r.Name).ToList();
        Assert.Equal([first.Record.Name, second.Record.Name, back.Record.Name], names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Other_source_urls_are_versioned_separately()
    {
        await store.SaveAsync(Draft(T0), Bytes("页面"));
        var attachment = await store.SaveAsync(Draft(T0, url: Url.Replace(".html", ".pdf"), ext: "pdf"), Bytes("附件"));

        Assert.Equal((CaptureOutcome.New, 1), (attachment.Outcome, attachment.Record.Version));
    }

    [Fact]
    public async Task List_filters_by_county_unit_and_year()
    {
        await store.SaveAsync(Draft(T0, unit: "xutao", year: 2024), Bytes("a"));
        await store.SaveAsync(Draft(T0, unit: "xutao", year: 2025), Bytes("b"));
        await store.SaveAsync(Draft(T0, unit: "xu", year: 2025), Bytes("c"));

        Assert.Equal(
            (3, 2, 1, 2, 1, 0),
            ((await store.ListAsync("qingshui")).Count,
             (await store.ListAsync("qingshui", "xutao")).Count,
             (await store.ListAsync("qingshui", "xutao", 2025)).Count,
             (await store.ListAsync("qingshui", reportYear: 2025)).Count,
             (await store.ListAsync("qingshui", "xu")).Count,
             (await store.ListAsync("qing")).Count));
    }

    [Fact]
    public async Task A_second_writer_of_the_same_name_changes_nothing()
    {
        var first = await store.SaveAsync(Draft(T0), Bytes("相同字节"));
        var other = await store.SaveAsync(Draft(T0, url: Url + "?from=index"), Bytes("相同字节"));

        Assert.Equal(first.Record.Name, other.Record.Name);
        Assert.Equal(Url, (await store.GetAsync(first.Record.Name))!.SourceUrl);
        Assert.Equal("相同字节", await ReadAsync(first.Record.Name));
        Assert.Single(await store.ListAsync("qingshui"));
    }

    [Fact]
    public async Task Concurrent_saves_of_the_same_content_make_exactly_one_capture()
    {
        var saves = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => store.SaveAsync(Draft(T0.AddSeconds(i)), Bytes("并发")))));

        Assert.Equal(1, saves.Count(s => s.Outcome == CaptureOutcome.New));
        Assert.Equal(7, saves.Count(s => s.Outcome == CaptureOutcome.Unchanged));
        Assert.Single(await store.ListAsync("qingshui"));
    }

    [Fact]
    public async Task Chinese_titles_and_odd_urls_round_trip()
    {
        var odd = "http://www.清水县.gov.cn/xxgk/年报/index.jsp?id=1&name=徐套乡#第二页 %20/..\\";
        var saved = await store.SaveAsync(Draft(T0, url: odd), Bytes("x"));
        var stored = await store.GetAsync(saved.Record.Name);

        Assert.Equal((odd, "徐套乡2025年政府信息公开工作年度报告"), (stored!.SourceUrl, stored.PageTitle));
        Assert.Equal(CaptureOutcome.Unchanged, (await store.SaveAsync(Draft(T0.AddDays(1), url: odd), Bytes("x"))).Outcome);
    }

    [Fact]
    public async Task Absent_names_read_as_null()
    {
        Assert.Null(await store.GetAsync("qingshui/xutao/2025/20260105T020304Z-000000000000.html"));
        Assert.Null(await store.OpenReadAsync("qingshui/xutao/2025/20260105T020304Z-000000000000.html"));
    }
}

public sealed class LocalCaptureStoreTests() : CaptureStoreContract(new LocalBackend());

[Collection("Azurite")]
public sealed class AzureCaptureStoreTests(AzuriteFixture azurite) : CaptureStoreContract(new AzureBackend(azurite));
