using Monitor.Domain.Registry;
using Monitor.Domain.Rules;
using Monitor.Testing;

namespace Monitor.Domain.Tests.Registry;

public class RegistryLoaderTests
{
    [Fact]
    public void Sample_registry_loads_without_problems()
    {
        var json = File.ReadAllText(RepoRoot.Combine("samples", "registry.sample.json"));
        var result = RegistryLoader.Load(json);
        Assert.Empty(result.Problems);
        var registry = Assert.IsType<CountyRegistry>(result.Registry);
        Assert.Equal(("qingshui", "青水县", "Asia/Shanghai", 4), (registry.CountyId, registry.CountyName, registry.TimeZone, registry.Units.Count));
        Assert.Equal(new DateOnly(2026, 3, 31), registry.Deadlines.DueDate(UnitType.CountyGovernment, 2025));
        Assert.Equal(new DateOnly(2026, 2, 3), registry.Deadlines.DeadlineFor(UnitType.Township, 2025));
        Assert.Contains("jyj.qingshui.example.gov.cn", registry.Hosts);
    }

    [Fact]
    public void Bad_unit_is_dropped_with_a_named_problem_and_the_others_load()
    {
        var result = RegistryLoader.Load("""
            { "countyId": "c", "countyName": "某县",
              "units": [
                { "id": "a", "name": "某县甲镇人民政府", "listingUrls": ["http://a.example/"] },
                { "id": "b", "name": "某县乙镇人民政府", "type": "township", "listingUrls": ["http://b.example/"] },
                { "id": "c", "name": "某县丙镇人民政府", "type": "township", "listingUrls": ["http://c.example/"] },
                { "id": "xutao", "name": "某县徐桃镇人民政府", "type": "township", "listingUrls": ["ftp://x.example/"] }
              ] }
            """);
        Assert.Equal(["units[3] (xutao).listingUrls[0]: 不是有效的http(s)网址"], result.Problems.Select(p => p.ToString()));
        Assert.Equal(["a", "b", "c"], result.Registry!.Units.Select(u => u.Id));
        Assert.Equal(UnitType.Township, result.Registry.Units[0].Type);
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("/abs")]
    [InlineData("某县")]
    [InlineData("Zhongning")]
    public void A_county_id_that_could_name_a_path_makes_the_registry_unusable_and_names_the_field(string countyId)
    {
        var json = $$"""{ "countyId": {{System.Text.Json.JsonSerializer.Serialize(countyId)}}, "countyName": "某县", "units": [ { "id": "a", "name": "某县甲镇人民政府", "listingUrls": ["http://a.example/"] } ] }""";

        var result = RegistryLoader.Load(json);

        Assert.Null(result.Registry);
        Assert.StartsWith("countyId: 县域标识", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void A_county_id_of_300_characters_is_refused_and_shown_cut()
    {
        var result = RegistryLoader.Load($$"""{ "countyId": "{{new string('a', 300)}}", "countyName": "某县", "units": [] }""");

        Assert.Null(result.Registry);
        Assert.Contains(result.Problems, p => p.Path == "countyId" && p.Message.Contains('…') && p.Message.Length < 120);
    }

    [Fact]
    public void Every_unit_field_is_checked()
    {
        var result = RegistryLoader.Load("""
            { "countyId": "c", "countyName": "某县",
              "units": [
                { "name": "无标识镇" , "type": "township", "listingUrls": ["http://a.example/"] },
                { "id": "dup", "name": "某县甲镇", "type": "township", "listingUrls": ["http://a.example/"] },
                { "id": "dup", "name": "某县乙镇", "type": "village", "listingUrls": [] , "titlePattern": "(" }
              ] }
            """);
        Assert.Equal(
            [
                "units[0].id",
                "units[2] (dup).id",
                "units[2] (dup).type",
                "units[2] (dup).listingUrls",
                "units[2] (dup).titlePattern",
            ],
            result.Problems.Select(p => p.Path));
        Assert.Equal(["dup"], result.Registry!.Units.Select(u => u.Id));
    }

    [Fact]
    public void Listing_reader_override_must_name_a_known_reader_and_the_problem_names_the_field()
    {
        var result = RegistryLoader.Load("""
            { "countyId": "c", "countyName": "某县",
              "units": [
                { "id": "a", "name": "某县甲镇", "type": "township", "listingUrls": ["http://a.example/"], "listingReader": "hanweb-jpage" },
                { "id": "b", "name": "某县乙镇", "type": "township", "listingUrls": ["http://b.example/"], "listingReader": "wordpress" }
              ] }
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("units[1] (b).listingReader", problem.Path);
        Assert.Contains("wordpress", problem.Message);
        Assert.Equal([("a", "hanweb-jpage")], result.Registry!.Units.Select(u => (u.Id, u.ListingReader)));
    }

    [Fact]
    public void County_level_problems_make_the_registry_unusable()
    {
        var result = RegistryLoader.Load("""{ "countyName": "某县", "timeZone": "Mars/Olympus", "deadlines": { "township": "02-30", "graceDays": -1 }, "units": [] }""");
        Assert.False(result.IsUsable);
        Assert.Equal(["countyId", "timeZone", "deadlines.township", "deadlines.graceDays"], result.Problems.Select(p => p.Path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("{ \"countyId\": ")]
    public void Garbage_is_a_problem_not_an_exception(string json)
    {
        var result = RegistryLoader.Load(json);
        Assert.False(result.IsUsable);
        Assert.Equal("$", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Defaults_apply_when_optional_fields_are_absent()
    {
        var result = RegistryLoader.Load("""{ "countyId": "c", "countyName": "某县", "units": [] }""");
        var registry = result.Registry!;
        Assert.Equal((CountyRegistry.DefaultTimeZone, 0), (registry.TimeZone, registry.Deadlines.GraceDays));
        Assert.Equal(new DateOnly(2026, 1, 31), registry.Deadlines.DeadlineFor(UnitType.Township, 2025));
    }
}
