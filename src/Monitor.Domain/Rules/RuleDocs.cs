using System.Text;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules;

/// <summary>
/// The rule documentation generated from the descriptors, so docs cannot drift from code:
/// <c>docs/rules.md</c> and the README table between <see cref="BeginMarker"/> and <see cref="EndMarker"/>.
/// </summary>
public static class RuleDocs
{
    public const string BeginMarker = "<!-- rules:begin -->";
    public const string EndMarker = "<!-- rules:end -->";

    /// <summary>The whole of docs/rules.md.</summary>
    public static string Render() => Render(RuleCatalog.Descriptors);

    public static string Render(IReadOnlyList<RuleDescriptor> descriptors)
    {
        var text = new StringBuilder();
        text.Append("""
            # Rule catalog (generated)

            Generated from the rule descriptors in `src/Monitor.Domain/Rules/` by `RuleDocs.Render()`; do not edit by hand.
            `RuleDocsTests` fails when this file differs from the code. To regenerate, run
            `UPDATE_RULE_DOCS=1 dotnet test tests/Monitor.Domain.Tests --filter FullyQualifiedName~RuleDocsTests`
            (it also refreshes the README table between the `rules:begin`/`rules:end` markers when present).
            The specification of each rule is `../shared/spec/rules.md`; changes are logged in `docs/rules-changelog.md`.


            """);
        foreach (var group in descriptors.GroupBy(d => d.Category).OrderBy(g => g.Key))
        {
            text.Append("## ").Append(CategoryHeading(group.Key)).Append("\n\n");
            text.Append("| ID | 严重程度 | 规则 | 依据 | 标签 |\n|---|---|---|---|---|\n");
            foreach (var d in group.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                text.Append($"| {d.Id} | {d.Severity.Code()}（{d.Severity.Chinese()}） | {d.Title} | {d.Source} | {string.Join(", ", d.Tags)} |\n");
            }
            text.Append('\n');
            var notes = group.Where(d => d.CertaintyNote is not null).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
            if (notes.Count == 0) continue;
            text.Append("Certainty（确定性，需人工核实的发现不发送即时提醒）：\n\n");
            foreach (var d in notes) text.Append($"- {d.Id}：{d.CertaintyNote}\n");
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The compact README table: ID, severity, Chinese title.</summary>
    public static string RenderReadmeTable() => RenderReadmeTable(RuleCatalog.Descriptors);

    public static string RenderReadmeTable(IReadOnlyList<RuleDescriptor> descriptors)
    {
        var text = new StringBuilder("| ID | Severity | 规则 |\n|---|---|---|\n");
        foreach (var d in descriptors.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            text.Append($"| {d.Id} | {d.Severity.Code()} | {d.Title} |\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// The README with the text between the markers replaced by the rule table; unchanged when the markers
    /// are absent or out of order.
    /// </summary>
    public static string ReplaceReadmeTable(string readme)
    {
        var begin = readme.IndexOf(BeginMarker, StringComparison.Ordinal);
        var end = readme.IndexOf(EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin) return readme;
        var start = begin + BeginMarker.Length;
        return readme[..start] + "\n" + RenderReadmeTable() + readme[end..];
    }

    private static string CategoryHeading(RuleCategory category) => category switch
    {
        RuleCategory.Filing => "F: filing and timeliness（报送与时效）",
        RuleCategory.Metadata => "M: identity and metadata（身份与基本信息）",
        RuleCategory.Structure => "S: structure and format（结构与格式）",
        RuleCategory.Tables => "T: table values（统计表数据）",
        RuleCategory.Narrative => "N: narrative against tables（正文与表格、必备表述）",
        RuleCategory.Quality => "Q: quality（质量）",
        _ => category.ToString(),
    };
}
