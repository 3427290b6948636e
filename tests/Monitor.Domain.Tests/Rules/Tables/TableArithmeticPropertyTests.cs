using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Tables;

namespace Monitor.Domain.Tests.Rules.Tables;

public class TableArithmeticPropertyTests
{
    private static readonly ReportRule[] ArithmeticRules =
        [new T02ApplicantColumnsTotalRule(), new T03ResultTotalRule(), new T04ApplicationsBalanceRule(), new T05ReviewLitigationTotalRule()];

    private static readonly string[] Table3DetailRows =
        [Table3.NewReceived, Table3.CarriedOver, .. Table3.ResultRowsSummedByTotal];

    /// <summary>
    /// A consistent pair of tables 三 and 四 built from a seed: applicant cells are free, totals follow,
    /// and 一 is chosen so that the format's cross-check balances.
    /// </summary>
    private static AnnualReport Consistent(int seed)
    {
        var random = new Random(seed);
        var t3 = new Dictionary<(string, string), TableCell>();
        foreach (var column in Table3.ApplicantColumns)
        {
            decimal results = 0;
            foreach (var row in Table3.ResultRowsSummedByTotal)
            {
                var value = random.Next(0, 4);
                t3[(row, column)] = TableCell.Number(value);
                results += value;
            }
            var carriedOver = random.Next(0, 3);
            var carryForward = random.Next(0, 3);
            t3[(Table3.ResultTotal, column)] = TableCell.Number(results);
            t3[(Table3.CarriedOver, column)] = TableCell.Number(carriedOver);
            t3[(Table3.CarryForward, column)] = TableCell.Number(carryForward);
            t3[(Table3.NewReceived, column)] = TableCell.Number(results + carryForward - carriedOver);
        }
        foreach (var row in Table3.Layout.Rows)
        {
            t3[(row.Key, Table3.Total)] = TableCell.Number(Table3.ApplicantColumns.Sum(c => t3[(row.Key, c)].ValueOrZero));
        }
        var t4 = new Dictionary<(string, string), TableCell>();
        foreach (var group in Table4.Groups)
        {
            decimal sum = 0;
            foreach (var column in Table4.OutcomeColumns)
            {
                var value = random.Next(0, 3);
                t4[(group, column)] = TableCell.Number(value);
                sum += value;
            }
            t4[(group, Table4.Total)] = TableCell.Number(sum);
        }
        return TestReports.With(new StatTable(StatTableId.Applications, t3), new StatTable(StatTableId.ReviewsAndLitigation, t4));
    }

    private static int FindingCount(AnnualReport report) =>
        ArithmeticRules.Sum(rule => rule.Evaluate(new ReportContext(report)).Findings.Count);

    [Property]
    public bool Consistent_tables_produce_no_finding(int seed) => FindingCount(Consistent(seed)) == 0;

    [Property]
    public Property Any_single_cell_change_is_caught(int seed, PositiveInt cellIndex, NonZeroInt delta)
    {
        var report = Consistent(seed);
        var cells = report.Tables.Values.SelectMany(t => t.Cells.Keys.OrderBy(k => k).Select(k => (Table: t, Key: k))).ToList();
        var (table, key) = cells[cellIndex.Get % cells.Count];
        var changed = table.Cells.ToDictionary(c => c.Key, c => c.Key == key ? TableCell.Number(c.Value.ValueOrZero + delta.Get) : c.Value);
        var tables = report.Tables.Values.Select(t => t == table ? new StatTable(t.Id, changed) : t).ToArray();

        return (FindingCount(TestReports.With(tables)) > 0).Label($"{table.Id.Chinese()} {key} +{delta.Get}");
    }

    [Fact]
    public void Generated_tables_cover_every_detail_row()
    {
        var table = Consistent(1).Table(StatTableId.Applications)!;
        Assert.All(Table3DetailRows, row => Assert.True(table.HasRow(row), row));
    }
}
