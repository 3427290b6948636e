namespace Monitor.Cli;

/// <summary>
/// The streams and clock a command writes to, so tests run commands in-process with captured output and
/// a fixed time. <see cref="ErrorIsTerminal"/> decides whether progress bars are drawn on stderr.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, TimeProvider Time, bool ErrorIsTerminal)
{
    public static CliConsole FromSystem()
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return new(Console.Out, Console.Error, TimeProvider.System, !Console.IsErrorRedirected);
    }
}
