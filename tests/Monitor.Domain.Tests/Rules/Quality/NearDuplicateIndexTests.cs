using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Quality;

namespace Monitor.Domain.Tests.Rules.Quality;

/// <summary>The LSH index gives Q03 exactly the pairs the full pairwise comparison gives.</summary>
public class NearDuplicateIndexTests
{
    private static readonly string[] Sentences =
    [
        "我镇坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。",
        "严格落实政府信息公开保密审查制度，确保公开信息准确、规范。",
        "依托政府门户网站、政务新媒体和村务公开栏，及时发布惠民政策和重点领域信息。",
        "本年度未收到政府信息公开申请，未发生行政复议和行政诉讼。",
        "加强工作人员业务培训，组织专题学习两次，提升公开工作能力。",
        "对照上级考核要求，逐项整改公开栏目更新不及时、解读形式单一等问题。",
        "聚焦乡村振兴、社会救助、耕地保护等领域，持续做好基层政务公开标准化规范化工作。",
        "建立健全信息发布审核机制，明确专人负责，做到先审后发。",
        "通过微信公众号推送政策解读图文，回应群众关切，提升政策知晓率。",
        "积极开展政府开放日活动，邀请群众代表参与重点工作座谈。",
        "规范政府信息管理，及时清理过时信息，动态更新公开目录。",
        "下一步将进一步拓宽公开渠道，丰富解读形式，提高公开质量。",
    ];

    /// <summary>
    /// Reports built from a shared pool of sentences, some copied from an earlier one with one or two sentences changed:
    /// similarities spread from unrelated to near-identical, as in a county where some units copy a template.
    /// </summary>
    private static List<AnnualReport> County(int count, int seed)
    {
        var random = new Random(seed);
        var reports = new List<AnnualReport>();
        for (var i = 0; i < count; i++)
        {
            var name = $"某县第{i}镇";
            List<string> body;
            if (i > 0 && random.NextDouble() < 0.4)
            {
                var source = reports[random.Next(reports.Count)];
                body = [.. source.FullText.Split('\n')];
                for (var change = random.Next(0, 3); change > 0; change--) body[random.Next(body.Count)] = $"本镇第{random.Next(1000)}项特色工作：{Sentences[random.Next(Sentences.Length)][..8]}{random.Next(100000)}。";
            }
            else
            {
                body = [.. Enumerable.Range(0, 8).Select(_ => Sentences[random.Next(Sentences.Length)] + $"（{random.Next(1000)}）" + Sentences[random.Next(Sentences.Length)][..10])];
            }
            reports.Add(QualitySamples.Report(name, string.Join("\n", body)));
        }
        return reports;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Q03_with_the_index_finds_exactly_the_pairs_of_the_full_comparison(int seed)
    {
        var reports = County(150, seed);
        var index = NearDuplicateIndex.Of(reports);

        var full = reports.SelectMany(r => Pairs(new ReportContext(r) { Peers = reports, HasPeers = true })).ToList();
        var indexed = reports.SelectMany(r => Pairs(new ReportContext(r) { Peers = reports, HasPeers = true, PeerIndex = index })).ToList();

        Assert.NotEmpty(full);
        Assert.Equal(full, indexed);
    }

    [Fact]
    public void Candidates_are_far_fewer_than_all_pairs_for_unrelated_reports()
    {
        var reports = County(300, 7);
        var index = NearDuplicateIndex.Of(reports);

        var candidates = reports.Sum(r => index.Candidates(r).Count());

        Assert.True(candidates < reports.Count * (reports.Count - 1) / 4, $"{candidates} candidate pairs");
    }

    [Fact]
    public void An_empty_narrative_is_nobody_s_candidate()
    {
        var reports = new List<AnnualReport> { QualitySamples.Report("甲镇", ""), QualitySamples.Report("乙镇", "") };

        Assert.Empty(NearDuplicateIndex.Of(reports).Candidates(reports[0]));
    }

    private static IEnumerable<string> Pairs(ReportContext context) =>
        new Q03CopiedFromPeerRule().Evaluate(context).Findings.Select(f => $"{context.Report.Issuer}→{f.Location.TextSpan}:{f.Found}");
}
