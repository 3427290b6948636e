using System.Text;

namespace Monitor.Domain.Documents;

/// <summary>
/// Turns the bytes of a published document into an <see cref="ExtractedDocument"/>, choosing the reader
/// from the content itself first (magic bytes), then the file name and content type. Never throws for
/// bad content: unreadable input yields a document with <see cref="ExtractedDocument.UnreadableReason"/>.
/// </summary>
public static class DocumentReader
{
    public static ExtractedDocument Read(ReadOnlySpan<byte> bytes, string? fileName = null, string? contentType = null, string? httpCharset = null)
    {
        if (bytes.IsEmpty) return ExtractedDocument.Unreadable(SourceFormat.Unsupported, "文件为空（0字节），没有可读取的内容。");
        var text = TextDecoding.Decode(bytes, httpCharset);
        return PlainTextExtractor.Extract(text);
    }
}

/// <summary>Decodes text bytes: BOM, caller charset, else UTF-8 when valid, else GB18030 (GBK/GB2312 superset).</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Field initializers run before a static constructor body, so GB18030 is looked up in the
    // constructor, after the code-page provider is registered.
    static TextDecoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding("GB18030");
    }

    public static Encoding Gb18030 { get; }

    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (ForCharset(declaredCharset) is { } declared) return declared.GetString(bytes);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.GetString(bytes);
        }
    }

    /// <summary>The encoding for a charset label (gbk, gb2312, gb18030 all read as GB18030), or null if unknown.</summary>
    public static Encoding? ForCharset(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "gbk" or "gb2312" or "gb18030" or "x-gbk" or "cp936") return Gb18030;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
