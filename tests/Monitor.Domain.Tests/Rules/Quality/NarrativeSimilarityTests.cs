using Monitor.Domain.Rules.Quality;

namespace Monitor.Domain.Tests.Rules.Quality;

public class NarrativeSimilarityTests
{
    [Fact]
    public void Names_and_figures_are_masked_before_comparing()
    {
        var similarity = NarrativeSimilarity.Of("2024年，徐套乡主动公开政府信息372条。", "2025年，余丁乡主动公开政府信息41条。", ["中宁县徐套乡", "中宁县余丁乡"]);

        Assert.Equal(1.0, similarity);
    }

    [Fact]
    public void Unrelated_or_empty_texts_score_low()
    {
        Assert.Equal((0.0, 0.0),
            (NarrativeSimilarity.Of("主动公开政府信息", "网站栏目设置不统一", []), NarrativeSimilarity.Of("", "主动公开", [])));
    }
}

public class NarrativeSimilarityProperties
{
    [FsCheck.Xunit.Property]
    public bool Similarity_is_symmetric_and_between_zero_and_one(string? a, string? b)
    {
        var ab = NarrativeSimilarity.Of(a ?? "", b ?? "", ["某县某镇"]);
        return ab >= 0 && ab <= 1 && ab == NarrativeSimilarity.Of(b ?? "", a ?? "", ["某县某镇"]);
    }
}
