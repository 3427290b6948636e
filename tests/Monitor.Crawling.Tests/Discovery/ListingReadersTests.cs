using Monitor.Crawling.Discovery;
using Monitor.Domain.Registry;

namespace Monitor.Crawling.Tests.Discovery;

public class ListingReadersTests
{
    [Fact]
    public void The_registry_accepts_exactly_the_readers_the_crawler_has() =>
        Assert.Equal(ListingReaderNames.All.Order(StringComparer.Ordinal), ListingReaders.All.Select(r => r.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void The_registry_override_picks_its_reader_and_json_of_another_family_still_goes_to_the_reader_that_knows_it()
    {
        var column = new Uri("http://www.example.gov.cn/col/col1/index.html");
        var api = new Uri("http://www.example.gov.cn/gkmlpt/api/all/1?page=1&sid=1");

        Assert.Equal(
            (ListingReaderNames.AnchorList, ListingReaderNames.Gkmlpt),
            (ListingReaders.Choose(new ListingSource(column, "<script>createPageHTML(2, 0, \"index\", \"html\");</script>", null), ListingReaderNames.AnchorList)!.Name,
             ListingReaders.Choose(new ListingSource(api, """{"articles":[]}""", "application/json"), ListingReaderNames.AnchorList)!.Name));
    }
}
