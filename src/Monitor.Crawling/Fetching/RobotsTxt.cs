namespace Monitor.Crawling.Fetching;

/// <summary>
/// The rules of one robots.txt for one crawler: the group naming our product token if any, else the * group.
/// Longest matching Allow/Disallow path wins; * and $ in paths are honoured.
/// </summary>
public sealed class RobotsTxt
{
    public static RobotsTxt AllowAll { get; } = new([]);

    private readonly IReadOnlyList<(string Path, bool Allow)> rules;

    private RobotsTxt(IReadOnlyList<(string, bool)> rules) => this.rules = rules;

    public static RobotsTxt Parse(string text, string productToken)
    {
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        List<string>? agents = null;
        List<(string, bool)>? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (!lastWasAgent)
                {
                    agents = [];
                    current = [];
                    groups.Add((agents, current));
                }
                agents!.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null) continue;
            if (key == "disallow" && value.Length > 0) current.Add((value, false));
            else if (key == "allow" && value.Length > 0) current.Add((value, true));
        }
        var token = productToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0) mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsTxt(mine.SelectMany(g => g.Rules).ToList());
    }

    public bool IsAllowed(string pathAndQuery)
    {
        var best = -1;
        var allowed = true;
        foreach (var (path, allow) in rules)
        {
            if (!Matches(path, pathAndQuery)) continue;
            if (path.Length > best || (path.Length == best && allow))
            {
                best = path.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        var pieces = pattern.Split('*');
        var at = 0;
        for (var i = 0; i < pieces.Length; i++)
        {
            var found = i == 0 ? (path.StartsWith(pieces[0], StringComparison.Ordinal) ? 0 : -1) : path.IndexOf(pieces[i], at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + pieces[i].Length;
        }
        return !anchored || at == path.Length || pieces[^1].Length == 0;
    }
}
