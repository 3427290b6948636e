using System.Text;

namespace Monitor.Domain.Documents;

/// <summary>
/// Turns the bytes of a published document into an <see cref="ExtractedDocument"/>, choosing the reader
/// from the content itself first (magic bytes), then the file name and content type. Never throws for
/// bad content: unreadable input yields a document with <see cref="ExtractedDocument.UnreadableReason"/>.
/// </summary>
public static class DocumentReader
{
    public static ExtractedDocument Read(ReadOnlySpan<byte> bytes, string? fileName = null, string? contentType = null, string? httpCharset = null, ExtractionLimits? limits = null)
    {
        limits ??= ExtractionLimits.Default;
        if (bytes.IsEmpty) return ExtractedDocument.Unreadable(SourceFormat.Unsupported, "文件为空（0字节），没有可读取的内容。");
        var kind = FormatSniffer.Sniff(bytes, fileName, contentType);
        var format = FormatOf(kind);
        if (bytes.Length > limits.MaxInputBytes)
            return ExtractedDocument.Unreadable(format, $"文件大小为{ExtractionLimits.Describe(bytes.Length)}，超过{ExtractionLimits.Describe(limits.MaxInputBytes)}的上限，未自动读取，请人工核查。");
        // The libraries behind the readers throw on corrupt input in many ways (zip, XML, PDF tokenizer
        // exceptions); one damaged attachment must become a reason, not abort a county's run.
        try
        {
            var document = kind switch
            {
                FileKind.PlainText => ReadPlainText(bytes, httpCharset),
                FileKind.Html => HtmlExtractor.Extract(bytes, httpCharset, limits),
                FileKind.Docx => DocxExtractor.Extract(bytes, limits),
                FileKind.Pdf => PdfExtractor.Extract(bytes, limits),
                _ => ExtractedDocument.Unreadable(format, UnsupportedReason(kind)),
            };
            return TextLength(document.Blocks) > limits.MaxExtractedCharacters
                ? ExtractedDocument.Unreadable(format, $"提取出的文字超过{limits.MaxExtractedCharacters}字的上限（一份年报通常为一至五万字，疑似异常文件），未自动读取，请人工核查。")
                : document;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ExtractedDocument.Unreadable(format, CorruptReason(kind));
        }
    }

    private static long TextLength(IReadOnlyList<DocumentBlock> blocks)
    {
        long length = 0;
        foreach (var block in blocks)
        {
            length += block switch
            {
                TextBlock text => text.Text.Length,
                TableBlock table => table.Rows.Sum(row => row.Sum(cell => (long)cell.Length)),
                _ => 0,
            };
        }
        return length;
    }

    private static ExtractedDocument ReadPlainText(ReadOnlySpan<byte> bytes, string? httpCharset)
    {
        var text = TextDecoding.Decode(bytes, httpCharset);
        // Bytes that decode only to replacement characters were never text (a renamed image, random data).
        var replaced = text.Count(c => c == '\uFFFD');
        if (replaced > 0 && replaced > text.Length / 20)
            return ExtractedDocument.Unreadable(SourceFormat.PlainText, UnsupportedReason(FileKind.Binary));
        return PlainTextExtractor.Extract(text);
    }

    private static SourceFormat FormatOf(FileKind kind) => kind switch
    {
        FileKind.PlainText => SourceFormat.PlainText,
        FileKind.Html => SourceFormat.Html,
        FileKind.Docx => SourceFormat.Docx,
        FileKind.Pdf => SourceFormat.Pdf,
        _ => SourceFormat.Unsupported,
    };

    private static string UnsupportedReason(FileKind kind) => kind switch
    {
        FileKind.LegacyWord => "该文件为旧版Word（.doc）格式，无法自动读取，请人工核查。",
        FileKind.Wps => "该文件为WPS文字（.wps）格式，无法自动读取，请人工核查。",
        FileKind.Spreadsheet => "该文件为Excel表格（.xls/.xlsx），不是可读取的报告正文格式，请人工核查。",
        FileKind.Presentation => "该文件为PowerPoint演示文稿，不是可读取的报告正文格式，请人工核查。",
        FileKind.Ofd => "该文件为OFD版式文件，暂不支持自动读取，请人工核查。",
        FileKind.OpenDocument => "该文件为OpenDocument文本（.odt）格式，暂不支持自动读取，请人工核查。",
        FileKind.Image => "该文件为图片，没有可提取的文字，请人工核查。",
        FileKind.Rtf => "该文件为RTF格式，无法自动读取，请人工核查。",
        FileKind.Archive => "该文件为压缩包或无法识别的打包格式，无法自动读取，请人工核查。",
        _ => "文件内容无法识别为文本（可能已损坏或为二进制文件），无法自动读取，请人工核查。",
    };

    private static string CorruptReason(FileKind kind) => kind switch
    {
        FileKind.Docx => "Word文档（.docx）已损坏或不完整，无法自动读取，请人工核查。",
        FileKind.Pdf => "PDF文件已损坏或不完整，无法自动读取，请人工核查。",
        FileKind.Html => "网页内容无法解析，请人工核查。",
        _ => "文件已损坏或格式异常，无法自动读取，请人工核查。",
    };
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
