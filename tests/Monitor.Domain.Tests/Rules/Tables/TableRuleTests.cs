using Monitor.Domain.Findings;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Tables;
using static Monitor.Domain.Tests.Rules.TestReports;

namespace Monitor.Domain.Tests.Rules.Tables;

public class TableRuleTests
{
    private const string Total = "总计";

    [Fact]
    public void T01_reports_a_slash_and_a_blank_cell_as_treated_as_zero()
    {
        var report = With(Table(StatTableId.Proactive, """
            regulations	0	/	0
            penalty	
            """));

        var findings = Run(new T01NonNumericCellRule(), report);

        Assert.Equal([("T01", "第二部分/表二/规章/本年废止件数"), ("T01", "第二部分/表二/行政处罚/本年处理决定数量")], Flat(findings));
        Assert.Contains("按0处理", findings[0].Message);
        Assert.Equal("（空白）", findings[1].Found);
    }

    [Fact]
    public void T01_is_silent_on_numeric_cells()
    {
        Assert.Empty(Run(new T01NonNumericCellRule(), With(Zeros(StatTableId.Proactive), Zeros(StatTableId.Applications))));
    }

    [Fact]
    public void T02_reports_a_row_whose_total_is_not_the_sum_of_applicants()
    {
        var report = With(Table(StatTableId.Applications, """
            new	2	1	0	0	0	0	4
            carried-over	0	0	0	0	0	0	0
            """));

        var findings = Run(new T02ApplicantColumnsTotalRule(), report);

        Assert.Equal([("T02", "第三部分/表三/一、本年新收政府信息公开申请数量/总计")], Flat(findings));
        Assert.Equal(("3", "4"), (findings[0].Expected, findings[0].Found));
    }

    [Fact]
    public void T02_skips_a_row_with_a_missing_cell()
    {
        var report = With(Table(StatTableId.Applications, """
            new	2	1	0	0	0	~	4
            """));

        Assert.Empty(Run(new T02ApplicantColumnsTotalRule(), report));
    }

    [Fact]
    public void T03_reports_a_result_total_that_is_not_the_sum_of_results()
    {
        var report = With(Zeros(StatTableId.Applications,
            (Table3.Disclosed, Table3.NaturalPerson, 2), (Table3.SubRow("unavailable", 1), Table3.NaturalPerson, 1),
            (Table3.ResultTotal, Table3.NaturalPerson, 2)));

        var findings = Run(new T03ResultTotalRule(), report);

        Assert.Equal([("T03", "第三部分/表三/三、本年度办理结果（七）总计/自然人")], Flat(findings));
        Assert.Equal(("3", "2"), (findings[0].Expected, findings[0].Found));
    }

    [Fact]
    public void T03_skips_a_column_when_a_sub_row_is_missing()
    {
        var cells = Zeros(StatTableId.Applications, (Table3.ResultTotal, Table3.Total, 5)).Cells
            .Where(c => !c.Key.Row.StartsWith("other-handling", StringComparison.Ordinal));
        var report = With(new StatTable(StatTableId.Applications, cells));

        Assert.Empty(Run(new T03ResultTotalRule(), report));
    }

    [Fact]
    public void T04_reports_an_unbalanced_column()
    {
        var report = With(Zeros(StatTableId.Applications,
            (Table3.NewReceived, Table3.NaturalPerson, 3), (Table3.NewReceived, Table3.Total, 3),
            (Table3.Disclosed, Table3.NaturalPerson, 2), (Table3.Disclosed, Table3.Total, 2),
            (Table3.ResultTotal, Table3.NaturalPerson, 2), (Table3.ResultTotal, Table3.Total, 2)));

        var findings = Run(new T04ApplicationsBalanceRule(), report);

        Assert.Equal([("T04", "第三部分/表三/三、本年度办理结果（七）总计/自然人"), ("T04", $"第三部分/表三/三、本年度办理结果（七）总计/{Total}")], Flat(findings));
    }

    [Fact]
    public void T04_accepts_a_balance_with_carry_forward()
    {
        var report = With(Zeros(StatTableId.Applications,
            (Table3.NewReceived, Table3.Total, 3), (Table3.CarriedOver, Table3.Total, 1),
            (Table3.ResultTotal, Table3.Total, 2), (Table3.CarryForward, Table3.Total, 2)));

        Assert.Empty(Run(new T04ApplicationsBalanceRule(), report));
    }

    [Fact]
    public void T05_reports_a_group_total_that_is_not_the_sum_of_outcomes()
    {
        var report = With(Table(StatTableId.ReviewsAndLitigation, """
            review	0	0	0	0	0
            litigation-direct	1	0	0	1	1
            litigation-after-review	0	0	0	0	0
            """));

        var findings = Run(new T05ReviewLitigationTotalRule(), report);

        Assert.Equal([("T05", "第四部分/表四/行政诉讼（未经复议直接起诉）/总计")], Flat(findings));
    }

    [Fact]
    public void T05_accepts_consistent_groups()
    {
        var report = With(Table(StatTableId.ReviewsAndLitigation, """
            review	0	0	0	0	0
            litigation-direct	1	0	0	1	2
            """));

        Assert.Empty(Run(new T05ReviewLitigationTotalRule(), report));
    }

    [Fact]
    public void T06_reports_negative_and_fractional_counts_but_not_a_decimal_fee()
    {
        var report = With(Table(StatTableId.Proactive, """
            normative-documents	-1	0	2.5
            fees	0.35
            """));

        Assert.Equal([("T06", "第二部分/表二/行政规范性文件/本年制发件数"), ("T06", "第二部分/表二/行政规范性文件/现行有效件数")],
            Flat(Run(new T06InvalidCountRule(), report)));
    }

    [Fact]
    public void T06_is_silent_on_whole_counts()
    {
        Assert.Empty(Run(new T06InvalidCountRule(), With(Zeros(StatTableId.Proactive, (Table2.Fees, Table2.Amount, 1.5m)))));
    }

    [Fact]
    public void T07_reports_regulations_of_a_township()
    {
        var report = With(Zeros(StatTableId.Proactive, (Table2.Regulations, Table2.InForce, 1))) with { Issuer = "中宁县徐套乡" };

        Assert.Equal([("T07", "第二部分/表二/规章/现行有效件数")], Flat(Run(new T07RegulationsNotAllowedRule(), report)));
    }

    [Fact]
    public void T07_allows_regulations_of_a_county_government_and_skips_an_unknown_unit()
    {
        var table = Zeros(StatTableId.Proactive, (Table2.Regulations, Table2.InForce, 1));
        var county = new ReportContext(With(table)) { UnitType = UnitType.CountyGovernment };

        Assert.Empty(Run(new T07RegulationsNotAllowedRule(), county));
        Assert.NotNull(new T07RegulationsNotAllowedRule().Evaluate(new ReportContext(With(table))).SkippedBecause);
    }

    [Fact]
    public void T08_reports_carry_over_that_differs_from_last_year()
    {
        var previous = With(Zeros(StatTableId.Applications, (Table3.CarryForward, Table3.Total, 2)));
        var context = new ReportContext(With(Zeros(StatTableId.Applications))) { PreviousYear = previous };

        Assert.Equal([("T08", "第三部分/表三/二、上年结转政府信息公开申请数量/总计")], Flat(Run(new T08CarryOverRule(), context)));
    }

    [Fact]
    public void T08_accepts_matching_carry_over_and_is_skipped_without_last_year()
    {
        var previous = With(Zeros(StatTableId.Applications, (Table3.CarryForward, Table3.Total, 2)));
        var report = With(Zeros(StatTableId.Applications, (Table3.CarriedOver, Table3.Total, 2)));

        Assert.Empty(Run(new T08CarryOverRule(), new ReportContext(report) { PreviousYear = previous }));
        Assert.Contains("上一年度", new T08CarryOverRule().Evaluate(new ReportContext(report)).SkippedBecause);
    }

    [Fact]
    public void T09_reports_in_force_count_that_does_not_follow_from_last_year()
    {
        var previous = With(Zeros(StatTableId.Proactive, (Table2.NormativeDocuments, Table2.InForce, 5)));
        var report = With(Zeros(StatTableId.Proactive, (Table2.NormativeDocuments, Table2.Issued, 2), (Table2.NormativeDocuments, Table2.InForce, 5)));

        var findings = Run(new T09NormativeDocumentsInForceRule(), new ReportContext(report) { PreviousYear = previous });

        Assert.Equal([("T09", "第二部分/表二/行政规范性文件/现行有效件数")], Flat(findings));
        Assert.Equal((Severity.Info, "7", "5"), (findings[0].Severity, findings[0].Expected, findings[0].Found));
    }

    [Fact]
    public void T09_accepts_in_force_count_carried_forward()
    {
        var previous = With(Zeros(StatTableId.Proactive, (Table2.NormativeDocuments, Table2.InForce, 5)));
        var report = With(Zeros(StatTableId.Proactive, (Table2.NormativeDocuments, Table2.Repealed, 1), (Table2.NormativeDocuments, Table2.InForce, 4)));

        Assert.Empty(Run(new T09NormativeDocumentsInForceRule(), new ReportContext(report) { PreviousYear = previous }));
    }
}
