namespace Monitor.Domain.Reports;

/// <summary>The six parts of the 2021 national format (国办公开办函〔2021〕30号), in their required order.</summary>
public enum PartNumber
{
    /// <summary>一、总体情况</summary>
    Overview = 1,
    /// <summary>二、主动公开政府信息情况 (table 二)</summary>
    ProactiveDisclosure = 2,
    /// <summary>三、收到和处理政府信息公开申请情况 (table 三)</summary>
    Applications = 3,
    /// <summary>四、政府信息公开行政复议、行政诉讼情况 (table 四)</summary>
    ReviewsAndLitigation = 4,
    /// <summary>五、存在的主要问题及改进情况</summary>
    ProblemsAndImprovements = 5,
    /// <summary>六、其他需要报告的事项</summary>
    OtherMatters = 6,
}

/// <summary>The five topics of 总体情况, matched by topic rather than exact title.</summary>
public enum OverviewTopic
{
    /// <summary>主动公开</summary>
    Proactive = 1,
    /// <summary>依申请公开</summary>
    OnRequest = 2,
    /// <summary>政府信息管理</summary>
    InformationManagement = 3,
    /// <summary>政府信息公开平台建设</summary>
    Platform = 4,
    /// <summary>监督保障</summary>
    Supervision = 5,
}

/// <summary>
/// A part as found in the report: its heading as written, its narrative text (tables excluded), and
/// the position at which it appeared (0-based among the parts found), which S02 compares to the format's order.
/// </summary>
public sealed record ReportPart(PartNumber Number, string Heading, string Text, int Order);

/// <summary>A sub-part of 总体情况 as found, with its heading as written and its text.</summary>
public sealed record OverviewSubPart(OverviewTopic Topic, string Heading, string Text);

public static class PartNames
{
    /// <summary>Canonical Chinese heading of a part, used in locations and messages.</summary>
    public static string Chinese(this PartNumber part) => part switch
    {
        PartNumber.Overview => "一、总体情况",
        PartNumber.ProactiveDisclosure => "二、主动公开政府信息情况",
        PartNumber.Applications => "三、收到和处理政府信息公开申请情况",
        PartNumber.ReviewsAndLitigation => "四、政府信息公开行政复议、行政诉讼情况",
        PartNumber.ProblemsAndImprovements => "五、存在的主要问题及改进情况",
        PartNumber.OtherMatters => "六、其他需要报告的事项",
        _ => part.ToString(),
    };

    /// <summary>Short label for locations, e.g. "第三部分".</summary>
    public static string Label(this PartNumber part) => part switch
    {
        PartNumber.Overview => "第一部分",
        PartNumber.ProactiveDisclosure => "第二部分",
        PartNumber.Applications => "第三部分",
        PartNumber.ReviewsAndLitigation => "第四部分",
        PartNumber.ProblemsAndImprovements => "第五部分",
        PartNumber.OtherMatters => "第六部分",
        _ => part.ToString(),
    };

    public static string Chinese(this OverviewTopic topic) => topic switch
    {
        OverviewTopic.Proactive => "主动公开",
        OverviewTopic.OnRequest => "依申请公开",
        OverviewTopic.InformationManagement => "政府信息管理",
        OverviewTopic.Platform => "政府信息公开平台建设",
        OverviewTopic.Supervision => "监督保障",
        _ => topic.ToString(),
    };
}
