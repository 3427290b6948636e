using System.Text.Json;
using System.Text.RegularExpressions;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Rules;

namespace Monitor.Domain.Registry;

/// <summary>One problem found while loading a registry: the JSON path of the bad entry and what is wrong (Chinese).</summary>
public sealed record RegistryProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>The loaded registry (null when the file as a whole is unusable) and every problem found.</summary>
public sealed record RegistryLoadResult(CountyRegistry? Registry, IReadOnlyList<RegistryProblem> Problems)
{
    public bool IsUsable => Registry is not null;
}

/// <summary>
/// Reads and validates a county registry JSON file. Never throws on bad input: county-level problems make
/// the result unusable, a bad unit is dropped with its problems listed and the other units still load.
/// </summary>
public static class RegistryLoader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
    private static readonly Regex UnitIdShape = new("^[a-z0-9][a-z0-9_-]{0,63}$", RegexOptions.CultureInvariant);

    public static RegistryLoadResult Load(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            return new(null, [new("$", $"不是有效的JSON（第{e.LineNumber + 1}行）：{e.Message}")]);
        }
        using (doc) return Read(doc.RootElement);
    }

    private static RegistryLoadResult Read(JsonElement root)
    {
        var problems = new List<RegistryProblem>();
        if (root.ValueKind != JsonValueKind.Object) return new(null, [new("$", "顶层应为JSON对象")]);

        var countyId = RequiredString(root, "countyId", "countyId", problems);
        // The county id names folders, blob prefixes and queue messages: "../../etc" or "/abs" must never reach them.
        if (countyId is not null && !UnitIdShape.IsMatch(countyId))
        {
            problems.Add(new("countyId", $"县域标识“{Shown(countyId)}”无效：只能由小写字母、数字、-和_组成，以字母或数字开头（最长64个字符）"));
            countyId = null;
        }
        var countyName = RequiredString(root, "countyName", "countyName", problems);
        var timeZone = OptionalString(root, "timeZone") ?? CountyRegistry.DefaultTimeZone;
        if (!IsKnownTimeZone(timeZone)) problems.Add(new("timeZone", $"未知时区“{timeZone}”"));

        var recipients = new List<string>();
        if (root.TryGetProperty("recipients", out var rec))
        {
            if (rec.ValueKind != JsonValueKind.Array) problems.Add(new("recipients", "应为电子邮件地址数组"));
            else
            {
                var i = 0;
                foreach (var r in rec.EnumerateArray())
                {
                    var address = r.ValueKind == JsonValueKind.String ? r.GetString()!.Trim() : "";
                    if (IsEmail(address)) recipients.Add(address);
                    else problems.Add(new($"recipients[{i}]", $"不是有效的电子邮件地址：{r}"));
                    i++;
                }
            }
        }
        var sender = OptionalString(root, "sender");
        if (sender is not null && !IsEmail(sender)) problems.Add(new("sender", $"不是有效的电子邮件地址：{sender}"));

        var deadlines = ReadDeadlines(root, problems);
        var countyOk = countyId is not null && countyName is not null && problems.Count == 0;

        var units = new List<RegisteredUnit>();
        if (!root.TryGetProperty("units", out var unitsElement) || unitsElement.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new("units", "缺少单位列表（应为数组）"));
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var u in unitsElement.EnumerateArray())
            {
                if (ReadUnit(u, index, seen, problems) is { } unit) units.Add(unit);
                index++;
            }
        }

        if (!countyOk) return new(null, problems);
        return new(new CountyRegistry(countyId!, countyName!, timeZone, recipients, sender, deadlines, units), problems);
    }

    /// <summary>A value echoed in a message, cut to a readable length.</summary>
    private static string Shown(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private static RegisteredUnit? ReadUnit(JsonElement u, int index, HashSet<string> seen, List<RegistryProblem> problems)
    {
        var before = problems.Count;
        if (u.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new($"units[{index}]", "应为JSON对象"));
            return null;
        }
        var rawId = OptionalString(u, "id");
        var at = rawId is null ? $"units[{index}]" : $"units[{index}] ({rawId})";
        if (rawId is null) problems.Add(new($"{at}.id", "缺少单位标识"));
        else if (!UnitIdShape.IsMatch(rawId)) problems.Add(new($"{at}.id", "单位标识只能由小写字母、数字、-和_组成（最长64个字符）"));
        else if (!seen.Add(rawId)) problems.Add(new($"{at}.id", "单位标识重复"));

        var name = OptionalString(u, "name");
        if (name is null) problems.Add(new($"{at}.name", "缺少单位全称"));

        var typeText = OptionalString(u, "type");
        var type = typeText is null ? UnitTypes.InferFromIssuer(name) : UnitTypes.TryParse(typeText);
        if (type is null)
        {
            problems.Add(new($"{at}.type", typeText is null
                ? "缺少单位类型，且无法从名称推断（township / street-office / department / county-government）"
                : $"未知单位类型“{typeText}”（应为 township / street-office / department / county-government）"));
        }

        var urls = new List<Uri>();
        if (!u.TryGetProperty("listingUrls", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            problems.Add(new($"{at}.listingUrls", "至少需要一个栏目页网址"));
        }
        else
        {
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var text = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : null;
                if (text is not null && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0)
                    urls.Add(uri);
                else
                    problems.Add(new($"{at}.listingUrls[{i}]", "不是有效的http(s)网址"));
                i++;
            }
        }

        var titlePattern = OptionalString(u, "titlePattern");
        if (titlePattern is not null)
        {
            try
            {
                _ = new Regex(titlePattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            }
            catch (ArgumentException)
            {
                problems.Add(new($"{at}.titlePattern", "不是有效的正则表达式"));
            }
        }

        var listingReader = OptionalString(u, "listingReader");
        if (listingReader is not null && !ListingReaderNames.All.Contains(listingReader))
            problems.Add(new($"{at}.listingReader", $"未知的栏目读取方式“{listingReader}”（可选：{string.Join(" / ", ListingReaderNames.All)}）"));

        return problems.Count == before ? new RegisteredUnit(rawId!, name!, type!.Value, urls, titlePattern) { ListingReader = listingReader } : null;
    }

    private static DeadlinePolicy ReadDeadlines(JsonElement root, List<RegistryProblem> problems)
    {
        if (!root.TryGetProperty("deadlines", out var d)) return DeadlinePolicy.Default;
        if (d.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("deadlines", "应为JSON对象"));
            return DeadlinePolicy.Default;
        }
        var byType = new Dictionary<UnitType, MonthDay>(DeadlinePolicy.Default.DueDays);
        var grace = 0;
        foreach (var p in d.EnumerateObject())
        {
            if (p.Name == "graceDays")
            {
                if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out var g) && g is >= 0 and <= 366) grace = g;
                else problems.Add(new("deadlines.graceDays", "应为0到366之间的整数"));
                continue;
            }
            if (UnitTypes.TryParse(p.Name) is not { } type)
            {
                problems.Add(new($"deadlines.{p.Name}", "未知单位类型"));
                continue;
            }
            var md = p.Value.ValueKind == JsonValueKind.String ? MonthDay.TryParse(p.Value.GetString()) : null;
            if (md is null) problems.Add(new($"deadlines.{p.Name}", $"应为“MM-DD”格式的日期，实际为 {p.Value}"));
            else byType[type] = md.Value;
        }
        return new DeadlinePolicy(byType, grace);
    }

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!.Trim()
            : null;

    private static string? RequiredString(JsonElement e, string name, string path, List<RegistryProblem> problems)
    {
        var value = OptionalString(e, name);
        if (value is null) problems.Add(new(path, "缺少必填项"));
        return value;
    }

    private static bool IsEmail(string text) =>
        text.Length is > 2 and < 255 && text.IndexOf('@') is > 0 and var at && at < text.Length - 1 && !text.Any(char.IsWhiteSpace);

    private static bool IsKnownTimeZone(string id)
    {
        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
