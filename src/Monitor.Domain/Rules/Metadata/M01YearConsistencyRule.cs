using Monitor.Domain.Findings;

namespace Monitor.Domain.Rules.Metadata;

/// <summary>Title year, statistics-period year and expected year must agree.</summary>
public sealed class M01YearConsistencyRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "M01", "报告年度前后不一致", Severity.Error,
        "条例第五十条；国办公开办函〔2021〕30号（年度报告格式）", "metadata", "year");

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        var report = context.Report;
        var years = new List<(string Source, int Year)>();
        if (report.TitleYear is { } title) years.Add(("标题", title));
        if ((report.Period?.End ?? report.Period?.Start) is { } period) years.Add(("统计期限", period.Year));
        if (context.EffectiveExpectedYear is { } expected) years.Add(("应报告年度", expected));
        if (years.Select(y => y.Year).Distinct().Count() <= 1) yield break;

        var described = string.Join("，", years.Select(y => $"{y.Source}{y.Year}年"));
        var reference = years[^1];
        yield return Found(Location.Document, $"{reference.Year}年", described,
            $"报告年度前后不一致：{described}。请核对报告标题、统计期限与应报告年度。");
    }
}
