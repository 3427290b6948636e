namespace Monitor.Domain.Reports;

/// <summary>The three statistical tables of the 2021 format.</summary>
public enum StatTableId
{
    /// <summary>表二 主动公开政府信息情况</summary>
    Proactive = 2,
    /// <summary>表三 收到和处理政府信息公开申请情况</summary>
    Applications = 3,
    /// <summary>表四 政府信息公开行政复议、行政诉讼情况</summary>
    ReviewsAndLitigation = 4,
}

/// <summary>A canonical row or column of a table: a stable key for code and the format's Chinese label.</summary>
public sealed record TableAxis(string Key, string Label);

/// <summary>
/// The canonical shape of one table of the national format (30号): which rows exist and which value
/// columns each row has. Cells are addressed by these keys, never by position in the source.
/// </summary>
public sealed class TableLayout
{
    private readonly Dictionary<string, TableAxis> rowsByKey;
    private readonly Dictionary<string, TableAxis> columnsByKey;

    internal TableLayout(StatTableId id, IReadOnlyList<TableAxis> rows, IReadOnlyList<TableAxis> columns, Func<string, IReadOnlyList<string>> columnsOfRow)
    {
        Id = id;
        Rows = rows;
        Columns = columns;
        ColumnsOfRow = columnsOfRow;
        rowsByKey = rows.ToDictionary(r => r.Key);
        columnsByKey = columns.ToDictionary(c => c.Key);
    }

    public StatTableId Id { get; }

    public IReadOnlyList<TableAxis> Rows { get; }

    /// <summary>Every column key used anywhere in the table.</summary>
    public IReadOnlyList<TableAxis> Columns { get; }

    /// <summary>The value columns a given row carries (table 二 rows differ; tables 三 and 四 are uniform).</summary>
    public Func<string, IReadOnlyList<string>> ColumnsOfRow { get; }

    public TableAxis Row(string key) => rowsByKey[key];

    public TableAxis Column(string key) => columnsByKey[key];

    public string RowLabel(string key) => rowsByKey.TryGetValue(key, out var axis) ? axis.Label : key;

    public string ColumnLabel(string key) => columnsByKey.TryGetValue(key, out var axis) ? axis.Label : key;

    public static TableLayout For(StatTableId id) => id switch
    {
        StatTableId.Proactive => Table2.Layout,
        StatTableId.Applications => Table3.Layout,
        StatTableId.ReviewsAndLitigation => Table4.Layout,
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };
}

public static class TableNames
{
    /// <summary>Chinese name used in locations: "表二", "表三", "表四".</summary>
    public static string Chinese(this StatTableId id) => id switch
    {
        StatTableId.Proactive => "表二",
        StatTableId.Applications => "表三",
        StatTableId.ReviewsAndLitigation => "表四",
        _ => id.ToString(),
    };

    public static PartNumber Part(this StatTableId id) => (PartNumber)(int)id;
}

/// <summary>Table 二: items of 条例 art. 20 proactively disclosed.</summary>
public static class Table2
{
    public const string Regulations = "regulations";              // 规章
    public const string NormativeDocuments = "normative-documents"; // 行政规范性文件
    public const string Licensing = "licensing";                  // 行政许可
    public const string Penalty = "penalty";                      // 行政处罚
    public const string Enforcement = "enforcement";              // 行政强制
    public const string Fees = "fees";                            // 行政事业性收费

    public const string Issued = "issued";       // 本年制发件数
    public const string Repealed = "repealed";   // 本年废止件数
    public const string InForce = "in-force";    // 现行有效件数
    public const string Decisions = "decisions"; // 本年处理决定数量
    public const string Amount = "amount";       // 本年收费金额（单位：万元）

    public static TableLayout Layout { get; } = new(
        StatTableId.Proactive,
        [
            new(Regulations, "规章"),
            new(NormativeDocuments, "行政规范性文件"),
            new(Licensing, "行政许可"),
            new(Penalty, "行政处罚"),
            new(Enforcement, "行政强制"),
            new(Fees, "行政事业性收费"),
        ],
        [
            new(Issued, "本年制发件数"),
            new(Repealed, "本年废止件数"),
            new(InForce, "现行有效件数"),
            new(Decisions, "本年处理决定数量"),
            new(Amount, "本年收费金额（单位：万元）"),
        ],
        row => row switch
        {
            Regulations or NormativeDocuments => [Issued, Repealed, InForce],
            Fees => [Amount],
            _ => [Decisions],
        });
}

/// <summary>Table 三: applications received and how they were handled, by applicant type.</summary>
public static class Table3
{
    public const string NewReceived = "new";                 // 一、本年新收政府信息公开申请数量
    public const string CarriedOver = "carried-over";        // 二、上年结转政府信息公开申请数量
    public const string Disclosed = "disclosed";             // 三（一）予以公开
    public const string PartlyDisclosed = "partly-disclosed"; // 三（二）部分公开
    public const string ResultTotal = "result-total";        // 三（七）总计
    public const string CarryForward = "carry-forward";      // 四、结转下年度继续办理

    /// <summary>Groups of result rows with numbered sub-rows: (三) 1–8, (四) 1–3, (五) 1–5, (六) 1–3.</summary>
    public static IReadOnlyList<(string Group, string Label, int Count)> ResultGroups { get; } =
    [
        ("withheld", "（三）不予公开", 8),
        ("unavailable", "（四）无法提供", 3),
        ("not-processed", "（五）不予处理", 5),
        ("other-handling", "（六）其他处理", 3),
    ];

    public const string NaturalPerson = "natural-person"; // 自然人
    public const string Business = "business";            // 商业企业
    public const string Research = "research";            // 科研机构
    public const string PublicInterest = "public-interest"; // 社会公益组织
    public const string LegalServices = "legal-services"; // 法律服务机构
    public const string OtherApplicant = "other";         // 其他
    public const string Total = "total";                  // 总计

    /// <summary>The six applicant columns whose sum is 总计 (T02).</summary>
    public static IReadOnlyList<string> ApplicantColumns { get; } =
        [NaturalPerson, Business, Research, PublicInterest, LegalServices, OtherApplicant];

    public static IReadOnlyList<string> AllColumns { get; } = [.. ApplicantColumns, Total];

    /// <summary>Key of a numbered sub-row, e.g. SubRow("withheld", 3) = "withheld-3".</summary>
    public static string SubRow(string group, int number) => $"{group}-{number}";

    private static readonly string[] SubRowLabels =
    [
        "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
        "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
        "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
    ];

    /// <summary>All rows in the format's order.</summary>
    public static IReadOnlyList<TableAxis> Rows { get; } = BuildRows();

    /// <summary>Every result row that (七)总计 sums (T03): (一), (二) and all numbered sub-rows.</summary>
    public static IReadOnlyList<string> ResultRowsSummedByTotal { get; } =
        [Disclosed, PartlyDisclosed, .. ResultGroups.SelectMany(g => Enumerable.Range(1, g.Count).Select(n => SubRow(g.Group, n)))];

    public static TableLayout Layout { get; } = new(
        StatTableId.Applications,
        Rows,
        [
            new(NaturalPerson, "自然人"),
            new(Business, "商业企业"),
            new(Research, "科研机构"),
            new(PublicInterest, "社会公益组织"),
            new(LegalServices, "法律服务机构"),
            new(OtherApplicant, "其他"),
            new(Total, "总计"),
        ],
        _ => AllColumns);

    private static List<TableAxis> BuildRows()
    {
        var rows = new List<TableAxis>
        {
            new(NewReceived, "一、本年新收政府信息公开申请数量"),
            new(CarriedOver, "二、上年结转政府信息公开申请数量"),
            new(Disclosed, "三、本年度办理结果（一）予以公开"),
            new(PartlyDisclosed, "三、本年度办理结果（二）部分公开"),
        };
        var label = 0;
        foreach (var (group, groupLabel, count) in ResultGroups)
        {
            for (var n = 1; n <= count; n++)
            {
                rows.Add(new(SubRow(group, n), $"三、本年度办理结果{groupLabel}{SubRowLabels[label++]}"));
            }
        }
        rows.Add(new(ResultTotal, "三、本年度办理结果（七）总计"));
        rows.Add(new(CarryForward, "四、结转下年度继续办理"));
        return rows;
    }
}

/// <summary>Table 四: administrative reconsideration and litigation cases about disclosure.</summary>
public static class Table4
{
    public const string Review = "review";                               // 行政复议
    public const string LitigationDirect = "litigation-direct";          // 行政诉讼 未经复议直接起诉
    public const string LitigationAfterReview = "litigation-after-review"; // 行政诉讼 复议后起诉

    public const string Upheld = "upheld";       // 结果维持
    public const string Corrected = "corrected"; // 结果纠正
    public const string Other = "other";         // 其他结果
    public const string Pending = "pending";     // 尚未审结
    public const string Total = "total";         // 总计

    public static IReadOnlyList<string> Groups { get; } = [Review, LitigationDirect, LitigationAfterReview];

    /// <summary>The four outcome columns whose sum is 总计 (T05).</summary>
    public static IReadOnlyList<string> OutcomeColumns { get; } = [Upheld, Corrected, Other, Pending];

    public static IReadOnlyList<string> AllColumns { get; } = [.. OutcomeColumns, Total];

    public static TableLayout Layout { get; } = new(
        StatTableId.ReviewsAndLitigation,
        [
            new(Review, "行政复议"),
            new(LitigationDirect, "行政诉讼（未经复议直接起诉）"),
            new(LitigationAfterReview, "行政诉讼（复议后起诉）"),
        ],
        [
            new(Upheld, "结果维持"),
            new(Corrected, "结果纠正"),
            new(Other, "其他结果"),
            new(Pending, "尚未审结"),
            new(Total, "总计"),
        ],
        _ => AllColumns);
}
