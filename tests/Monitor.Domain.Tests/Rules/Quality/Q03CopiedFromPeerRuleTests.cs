using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Quality;

namespace Monitor.Domain.Tests.Rules.Quality;

public class Q03CopiedFromPeerRuleTests
{
    [Fact]
    public void Fires_for_a_peer_report_that_differs_only_in_names_and_figures()
    {
        var report = QualitySamples.Report("中宁县徐套乡", QualitySamples.Narrative);
        var peer = QualitySamples.Report("中宁县余丁乡", QualitySamples.Narrative.Replace("徐套乡", "余丁乡").Replace("372", "41"));

        var found = RuleRun.On<Q03CopiedFromPeerRule>(new ReportContext(report) { Peers = [report, peer], HasPeers = true });

        Assert.Equal([("Q03", "“中宁县余丁乡”")], found);
    }

    [Fact]
    public void Silent_when_peers_wrote_their_own_reports()
    {
        var report = QualitySamples.Report("中宁县徐套乡", QualitySamples.Narrative);
        var peer = QualitySamples.Report("中宁县余丁乡", "一、总体情况\n余丁乡今年重点公开了枸杞产业扶持资金、移民搬迁安置和农村饮水工程的进展。");

        Assert.Empty(RuleRun.On<Q03CopiedFromPeerRule>(new ReportContext(report) { Peers = [peer], HasPeers = true }));
    }

    [Fact]
    public void Skipped_without_peers()
    {
        Assert.NotNull(RuleRun.SkipReason<Q03CopiedFromPeerRule>(new ReportContext(QualitySamples.Report("中宁县徐套乡", QualitySamples.Narrative))));
    }
}
