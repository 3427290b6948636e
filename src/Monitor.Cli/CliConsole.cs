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
        return ForTerminal(Console.Out, Console.Error, TimeProvider.System, !Console.IsErrorRedirected);
    }

    /// <summary>
    /// Streams that show text from reports, file names and web pages without control characters reaching the
    /// terminal (a NUL, an ESC sequence, a bidi override); see <see cref="Output.TerminalSafeWriter"/>.
    /// </summary>
    public static CliConsole ForTerminal(TextWriter output, TextWriter error, TimeProvider time, bool errorIsTerminal) =>
        new(new Output.TerminalSafeWriter(output), new Output.TerminalSafeWriter(error), time, errorIsTerminal);

    /// <summary>Where progress bars draw: their escape sequences are ours, so they bypass the cleaning.</summary>
    public TextWriter ProgressError => Error is Output.TerminalSafeWriter safe ? safe.Inner : Error;
}
