namespace Monitor.Cli.Tests;

/// <summary>Minimal report texts shared by the command tests; the samples hold the full-size ones.</summary>
public static class TestReports
{
    /// <summary>A title, a statistics period and the start of part 一: enough for issuer, year and unit type.</summary>
    public const string MinimalTown = """
        云岭县白水镇2025年政府信息公开工作年度报告

        本报告统计数据从2025年1月1日至2025年12月31日。

        一、总体情况

        （一）主动公开。全年主动公开信息120条。
        """;
}
