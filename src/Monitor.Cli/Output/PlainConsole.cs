using Spectre.Console;

namespace Monitor.Cli.Output;

/// <summary>A Spectre console over any writer, without colours or ANSI codes: tables that read the same in a terminal, a file or a test.</summary>
public static class PlainConsole
{
    public static IAnsiConsole For(TextWriter output, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return console;
    }
}
