using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Domain.Documents;

/// <summary>
/// Walks every stream of a PDF once, before PdfPig opens it, inflating Flate streams into a counting sink and
/// counting the operators of page content. PdfPig inflates a stream whole and builds an object per letter and per
/// path, so a 1 MB file holding a 1 GB Flate stream, or 21 KB of two million "Tj", would take gigabytes inside the
/// library where no bound can reach. This pass holds at most one 64 KB buffer at a time.
/// </summary>
internal static class PdfStreamBudget
{
    private const int DictionaryLookBehind = 4096;

    public static string? Exceeded(ReadOnlySpan<byte> pdf, ExtractionLimits limits) => Measure(pdf, limits).Exceeded;

    /// <summary>What the streams add up to, stopping at the first bound crossed (then <c>Exceeded</c> says which).</summary>
    public static (long Inflated, long Operators, string? Exceeded) Measure(ReadOnlySpan<byte> pdf, ExtractionLimits limits)
    {
        long inflatedTotal = 0, operators = 0;
        var searchFrom = 0;
        while (NextStream(pdf, searchFrom) is var (dataStart, dataEnd, dictionary) && dataStart >= 0)
        {
            searchFrom = dataEnd;
            // PdfPig decodes an image only when asked for its pixels, which reading text never does.
            if (dictionary.Contains("/Image", StringComparison.Ordinal)) continue;
            var data = pdf[dataStart..dataEnd];
            var flateLayers = FlateLayers(dictionary, out var otherFilters);
            var counter = IsPageContent(dictionary) && !otherFilters ? new OperatorCounter() : null;
            long inflated;
            if (flateLayers == 0)
            {
                inflated = data.Length;
                counter?.Count(data);
            }
            else
            {
                inflated = Inflate(data.ToArray(), flateLayers, limits.MaxPdfStreamBytes + 1, counter);
            }
            if (inflated > limits.MaxPdfStreamBytes)
                return (inflatedTotal + inflated, operators, $"PDF中有数据流解压后超过{ExtractionLimits.Describe(limits.MaxPdfStreamBytes)}的上限（疑似压缩炸弹或异常文件），无法自动读取，请人工核查。");
            inflatedTotal += inflated;
            if (inflatedTotal > limits.MaxPdfInflatedBytes)
                return (inflatedTotal, operators, $"PDF全部数据流解压后超过{ExtractionLimits.Describe(limits.MaxPdfInflatedBytes)}的上限（疑似压缩炸弹或异常文件），无法自动读取，请人工核查。");
            operators += counter?.Operators ?? 0;
            if (operators > limits.MaxPdfOperators)
                return (inflatedTotal, operators, $"PDF页面内容的绘制指令超过{limits.MaxPdfOperators}条的上限（疑似异常文件），无法自动读取，请人工核查。");
        }
        return (inflatedTotal, operators, null);
    }

    /// <summary>The next "stream … endstream" body after <paramref name="from"/> and the dictionary text before it.</summary>
    private static (int DataStart, int DataEnd, string Dictionary) NextStream(ReadOnlySpan<byte> pdf, int from)
    {
        while (from < pdf.Length)
        {
            var at = pdf[from..].IndexOf("stream"u8);
            if (at < 0) return (-1, -1, "");
            var keyword = from + at;
            from = keyword + 6;
            if (keyword >= 3 && pdf.Slice(keyword - 3, 3).SequenceEqual("end"u8)) continue;
            var dataStart = from;
            if (dataStart < pdf.Length && pdf[dataStart] == '\r') dataStart++;
            if (dataStart < pdf.Length && pdf[dataStart] == '\n') dataStart++;
            else if (dataStart == from) continue; // "stream" inside a name or string, not the keyword
            var end = pdf[dataStart..].IndexOf("endstream"u8);
            var dataEnd = end < 0 ? pdf.Length : dataStart + end;
            var lookFrom = Math.Max(0, keyword - DictionaryLookBehind);
            var before = pdf[lookFrom..keyword];
            var open = before.LastIndexOf("obj"u8);
            var dictionary = Encoding.Latin1.GetString(open >= 0 ? before[open..] : before);
            return (dataStart, dataEnd, dictionary);
        }
        return (-1, -1, "");
    }

    /// <summary>How many Flate layers the filter chain has; any other filter stops the chain (its output is not measured).</summary>
    private static int FlateLayers(string dictionary, out bool otherFilters)
    {
        otherFilters = false;
        var filter = FilterEntry.Match(dictionary);
        if (!filter.Success) return 0;
        var layers = 0;
        foreach (Match name in FilterName.Matches(filter.Groups[1].Value))
        {
            if (name.Groups[1].Value is "FlateDecode" or "Fl") layers++;
            else
            {
                otherFilters = true;
                break;
            }
        }
        return layers;
    }

    private static readonly Regex FilterEntry = new(@"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)", RegexOptions.CultureInvariant);
    private static readonly Regex FilterName = new(@"/([A-Za-z0-9]+)", RegexOptions.CultureInvariant);

    /// <summary>Content streams of pages and forms; fonts, images, object and cross-reference streams are data.</summary>
    private static bool IsPageContent(string dictionary)
    {
        if (dictionary.Contains("/Length1", StringComparison.Ordinal) || dictionary.Contains("/Length2", StringComparison.Ordinal)) return false;
        if (dictionary.Contains("/Subtype", StringComparison.Ordinal)) return dictionary.Contains("/Form", StringComparison.Ordinal);
        return !dictionary.Contains("/Type", StringComparison.Ordinal);
    }

    /// <summary>Inflated size of the data through every Flate layer, stopping as soon as <paramref name="stopAt"/> is reached.</summary>
    private static long Inflate(byte[] data, int layers, long stopAt, OperatorCounter? counter)
    {
        Stream stream = new MemoryStream(data, writable: false);
        for (var i = 0; i < layers; i++) stream = new ZLibStream(stream, CompressionMode.Decompress);
        var buffer = new byte[64 * 1024];
        long total = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                counter?.Count(buffer.AsSpan(0, read));
                if (total >= stopAt) break;
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream: PdfPig decides what to make of it; the bytes inflated so far still count.
        }
        finally
        {
            stream.Dispose();
        }
        return total;
    }

    /// <summary>
    /// Counts operator tokens (runs of letters outside strings, names and numbers) in content streams fed in chunks.
    /// An approximation that never undercounts the operators PdfPig turns into objects.
    /// </summary>
    private sealed class OperatorCounter
    {
        private int stringDepth;
        private bool escaped, inName, inWord, inHex, afterLessThan;

        public long Operators { get; private set; }

        public void Count(ReadOnlySpan<byte> chunk)
        {
            foreach (var b in chunk)
            {
                if (stringDepth > 0)
                {
                    if (escaped) escaped = false;
                    else if (b == '\\') escaped = true;
                    else if (b == '(') stringDepth++;
                    else if (b == ')') stringDepth--;
                    continue;
                }
                if (inHex)
                {
                    if (b == '>') inHex = false;
                    continue;
                }
                if (afterLessThan)
                {
                    afterLessThan = false;
                    inWord = false;
                    inName = false;
                    // "<<" opens a dictionary; anything else after "<" is a hex string up to ">".
                    if (b != '<') inHex = b != '>';
                    continue;
                }
                var letter = b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or (byte)'*' or (byte)'\'' or (byte)'"';
                if (letter)
                {
                    if (!inWord && !inName) Operators++;
                    inWord = true;
                    continue;
                }
                inWord = false;
                if (b == '/') inName = true;
                else if (b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'[' or (byte)']' or (byte)'<' or (byte)'>') inName = false;
                if (b == '(')
                {
                    stringDepth = 1;
                    inName = false;
                }
                else if (b == '<') afterLessThan = true;
            }
        }
    }
}
