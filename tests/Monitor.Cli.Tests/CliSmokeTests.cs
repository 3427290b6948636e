namespace Monitor.Cli.Tests;

public class CliSmokeTests
{
    [Fact]
    public void Cli_assembly_loads() => Assert.NotNull(typeof(Program).Assembly);
}
