namespace Monitor.Domain.Tests.Rules.Structure;

internal static class StructureSamples
{
    public const string SixParts = """
        一、总体情况
        二、主动公开政府信息情况
        三、收到和处理政府信息公开申请情况
        四、政府信息公开行政复议、行政诉讼情况
        五、存在的主要问题及改进情况
        六、其他需要报告的事项
        """;
}
