using System.CommandLine;
using Monitor.Cli;
using Monitor.Cli.Commands;

return await Program.RunAsync(args, CliConsole.FromSystem());

/// <summary>Entry point of the monitor command-line tool: the list of commands, each defined in Commands/.</summary>
public partial class Program
{
    public static Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = new RootCommand("政务公开年报监测：读取、解析并检查政府信息公开工作年度报告")
        {
            SweepCommand.Create(console),
            SummaryCommand.Create(console),
            ServeCommand.Create(console),
            CheckCommand.Create(console),
            CrawlCommand.Create(console.Out, console.Error, console.Time),
            ProbeCommand.Create(console.Out, console.Error, console.Time),
            BenchCrawlCommand.Create(console.Out),
            BenchValidateCommand.Create(console.Out),
            FuzzCommand.Create(console),
        };
        return CommandLineInvocation.InvokeAsync(root, args, console);
    }
}
