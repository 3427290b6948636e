using Monitor.Domain.Registry;

namespace Monitor.Domain.Tests.Registry;

public class CountyRegistryTests
{
    private static readonly CountyRegistry County = RegistryLoader.Load("""
        { "countyId": "qingshui", "countyName": "青水县",
          "units": [
            { "id": "xutao", "name": "青水县徐桃镇人民政府", "listingUrls": ["http://www.qs.test/zwgk/xz/xutao/ndbg/index.html"] },
            { "id": "xiaohe", "name": "青水县小河镇人民政府", "listingUrls": ["http://www.qs.test/zwgk/xz/xiaohe/ndbg/index.html"] },
            { "id": "jyj", "name": "青水县教育局", "listingUrls": ["http://jyj.qs.test/ndbg/"] } ] }
        """).Registry!;

    [Theory]
    [InlineData("http://www.qs.test/zwgk/xz/xiaohe/ndbg/202601/t20260120_1.html", "xiaohe")]
    [InlineData("http://www.qs.test/zwgk/xz/xutao/ndbg/P020260120.pdf", "xutao")]
    [InlineData("http://JYJ.qs.test/other/t1.html", "jyj")]
    [InlineData("http://elsewhere.test/zwgk/xz/xutao/ndbg/t1.html", null)]
    public void Page_belongs_to_the_unit_on_its_host_sharing_most_of_its_path(string page, string? unit) =>
        Assert.Equal(unit, County.UnitAt(new Uri(page))?.Id);
}
