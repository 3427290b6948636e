using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Domain.Documents;

/// <summary>What the bytes of a file turned out to be.</summary>
public enum FileKind
{
    PlainText,
    Html,
    Docx,
    Pdf,
    /// <summary>OLE2 compound file with a Word stream: legacy .doc (or a WPS file saved as .doc).</summary>
    LegacyWord,
    /// <summary>Kingsoft WPS Writer file (.wps), also OLE2.</summary>
    Wps,
    /// <summary>Excel, legacy (.xls) or OOXML (.xlsx).</summary>
    Spreadsheet,
    /// <summary>PowerPoint, legacy or OOXML.</summary>
    Presentation,
    /// <summary>OFD, the Chinese fixed-layout format (GB/T 33190), a zip with OFD.xml.</summary>
    Ofd,
    /// <summary>OpenDocument text (.odt), as saved by LibreOffice or WPS.</summary>
    OpenDocument,
    Image,
    Rtf,
    /// <summary>A zip that is none of the above, or an archive we do not open.</summary>
    Archive,
    /// <summary>Bytes that are not text in any encoding we read.</summary>
    Binary,
}

/// <summary>
/// Decides what a file is from its content first, because portals mislabel attachments
/// (a .doc served as application/octet-stream, a PDF linked as "附件.html"); the file name and content
/// type only decide between text formats that have no magic bytes.
/// </summary>
public static partial class FormatSniffer
{
    public static FileKind Sniff(ReadOnlySpan<byte> bytes, string? fileName = null, string? contentType = null)
    {
        if (bytes.StartsWith("%PDF"u8) || StartsWithAfterJunk(bytes, "%PDF"u8)) return FileKind.Pdf;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return SniffCompoundFile(bytes, fileName);
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return SniffZip(bytes);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || bytes.StartsWith("GIF8"u8) || bytes.StartsWith("BM"u8) && bytes.Length > 14 && bytes[6] == 0 && bytes[7] == 0
            || bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8)
            || bytes.Length > 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
            return FileKind.Image;
        if (bytes.StartsWith("{\\rtf"u8)) return FileKind.Rtf;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) || bytes.StartsWith("Rar!"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0x37, 0x7A, 0xBC, 0xAF])) return FileKind.Archive;
        if (LooksLikeMarkup(bytes)) return FileKind.Html;

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var type = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if (extension is ".htm" or ".html" or ".shtml" or ".jhtml" or ".xhtml" || type is "text/html" or "application/xhtml+xml") return FileKind.Html;
        return LooksLikeBinary(bytes) ? FileKind.Binary : FileKind.PlainText;
    }

    // Some generators prepend a few bytes of junk before %PDF; PDF readers accept it within the first KB.
    private static bool StartsWithAfterJunk(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> marker) =>
        bytes[..Math.Min(bytes.Length, 1024)].IndexOf(marker) > 0 && !LooksLikeMarkup(bytes);

    private static FileKind SniffCompoundFile(ReadOnlySpan<byte> bytes, string? fileName)
    {
        if (Path.GetExtension(fileName ?? "").Equals(".wps", StringComparison.OrdinalIgnoreCase)) return FileKind.Wps;
        // Stream names live in the directory sectors as UTF-16LE; finding one is enough to tell the kinds apart.
        if (ContainsUtf16(bytes, "WordDocument")) return FileKind.LegacyWord;
        if (ContainsUtf16(bytes, "Workbook") || ContainsUtf16(bytes, "Book")) return FileKind.Spreadsheet;
        if (ContainsUtf16(bytes, "PowerPoint Document")) return FileKind.Presentation;
        return FileKind.LegacyWord;
    }

    private static bool ContainsUtf16(ReadOnlySpan<byte> bytes, string name) => bytes.IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;

    private static FileKind SniffZip(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            var names = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("word/document.xml")) return FileKind.Docx;
            if (names.Contains("xl/workbook.xml")) return FileKind.Spreadsheet;
            if (names.Contains("ppt/presentation.xml")) return FileKind.Presentation;
            if (names.Contains("OFD.xml")) return FileKind.Ofd;
            if (names.Contains("content.xml") && names.Contains("mimetype")) return FileKind.OpenDocument;
            // Word documents with a nonstandard main part name still declare it in [Content_Types].xml.
            return names.Contains("[Content_Types].xml") && names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase))
                ? FileKind.Docx
                : FileKind.Archive;
        }
        catch (InvalidDataException)
        {
            // A download cut short has no central directory, but its local headers still name the parts.
            return bytes.IndexOf("word/document.xml"u8) >= 0 ? FileKind.Docx : FileKind.Archive;
        }
    }

    private static bool LooksLikeMarkup(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 2048)];
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode.GetString(head[2..])
            : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode.GetString(head[2..])
            : head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? Encoding.Latin1.GetString(head[3..])
            : Encoding.Latin1.GetString(head);
        var start = text.TrimStart(' ', '\t', '\r', '\n');
        return MarkupStart().IsMatch(start) || start.StartsWith("<?xml", StringComparison.Ordinal) && start.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^<(?:!doctype\s+html|!--|(?:html|head|body|meta|title|link|style|script|div|p|table|span|font|center|h[1-6]|br|strong|b|section|article|form)[\s>/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkupStart();

    /// <summary>
    /// Text in UTF-8, GB18030 or UTF-16 with a BOM has almost no control bytes; an image or executable
    /// renamed .txt has many NULs and C0 controls.
    /// </summary>
    private static bool LooksLikeBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return false;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1A) controls++;
        }
        return controls > sample.Length / 50;
    }
}
