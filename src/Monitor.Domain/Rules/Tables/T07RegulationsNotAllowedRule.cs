using Monitor.Domain.Findings;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Rules.Tables;

/// <summary>Townships, street offices and county departments have no power to make 规章, so their 规章 row must be 0.</summary>
public sealed class T07RegulationsNotAllowedRule : ReportRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "T07", "无规章制定权的单位填报了规章数量", Severity.Warning,
        "国办公开办函〔2021〕30号（表二 第二十条第（一）项）；规章制定权限依《中华人民共和国立法法》",
        "table-2", "context:unit-type");

    protected override string? MissingContext(ReportContext context) =>
        context.EffectiveUnitType is null ? "无法确定发布单位类型（乡镇、街道、部门或县级政府），不能判断其是否有权制定规章。" : null;

    protected override IEnumerable<Finding> Check(ReportContext context)
    {
        if (context.EffectiveUnitType is not { } unitType || unitType == UnitType.CountyGovernment) yield break;
        if (context.Report.Table(StatTableId.Proactive) is not { } table) yield break;
        foreach (var column in table.Layout.ColumnsOfRow(Table2.Regulations))
        {
            if (table.Value(Table2.Regulations, column) is not { } value || value == 0) continue;
            yield return Found(table.LocationOf(Table2.Regulations, column), "0", TableSums.Show(value),
                $"{unitType.Chinese()}无权制定规章，表二“规章”“{table.Layout.ColumnLabel(column)}”却填报为{TableSums.Show(value)}。");
        }
    }
}
