using System.Text;

namespace Monitor.Cli.Output;

/// <summary>
/// Writes to a terminal what a report, a file name or a web page says without letting it drive the terminal: NUL
/// and other C0/C1 control characters (an ESC starts a sequence that can rewrite the screen or the title), DEL and
/// the bidirectional overrides that reorder what a line appears to say are shown as visible symbols instead.
/// Line breaks and tabs pass. Our own output has no escape sequences (tables are plain); progress bars, which do,
/// draw on <see cref="Inner"/>.
/// </summary>
public sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public TextWriter Inner { get; } = inner;

    public override Encoding Encoding => Inner.Encoding;

    public override IFormatProvider FormatProvider => Inner.FormatProvider;

    public override string NewLine
    {
        get => Inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null and means the default.
        set => Inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Inner.Write(Visible(value));

    public override void Write(string? value)
    {
        if (value is null) return;
        Inner.Write(NeedsCleaning(value) ? Clean(value) : value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        Inner.WriteLine();
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override void Flush() => Inner.Flush();

    public override Task FlushAsync() => Inner.FlushAsync();

    /// <summary>The text with every control character replaced by a visible symbol.</summary>
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(Visible(c));
        return builder.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c)) return true;
        }
        return false;
    }

    private static bool IsUnsafe(char c) =>
        c < 0x20 ? c is not ('\n' or '\r' or '\t')
        : c is '\u007F' or (>= '\u0080' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>C0 controls as their Control Pictures (NUL is ␀, ESC is ␛), DEL as ␡, the rest as �.</summary>
    private static char Visible(char c) =>
        !IsUnsafe(c) ? c
        : c < 0x20 ? (char)(0x2400 + c)
        : c == '\u007F' ? '\u2421'
        : '\uFFFD';
}
