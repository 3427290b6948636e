using System.CommandLine;
using System.CommandLine.Help;

namespace Monitor.Cli;

/// <summary>
/// Runs a parsed command line with the project's exit-code contract: argument errors are exit code 2 with a
/// Chinese message on stderr (System.CommandLine's default would be 1, which means "error findings" here).
/// </summary>
public static class CommandLineInvocation
{
    public const int Clean = 0;
    public const int ErrorFindings = 1;
    public const int UnusableInput = 2;

    public static async Task<int> InvokeAsync(RootCommand root, string[] args, CliConsole console)
    {
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction)
        {
            foreach (var error in parseResult.Errors)
            {
                await console.Error.WriteLineAsync($"参数错误：{error.Message}");
            }
            await console.Error.WriteLineAsync("用法见 monitor --help 或 monitor check --help。");
            return UnusableInput;
        }
        return await parseResult.InvokeAsync(configuration);
    }
}
