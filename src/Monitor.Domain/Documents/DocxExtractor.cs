using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Monitor.Domain.Documents;

/// <summary>
/// Reads a .docx report: body paragraphs and tables in document order, merged cells (gridSpan, vMerge)
/// expanded the same way as HTML rowspan/colspan. The package is checked against the size limits from
/// its zip directory before any part is decompressed, and every XML part is streamed once to bound its nesting
/// depth and element count before the SDK builds a tree of it.
/// </summary>
public static class DocxExtractor
{
    public static ExtractedDocument Extract(ReadOnlySpan<byte> bytes, ExtractionLimits? limits = null)
    {
        limits ??= ExtractionLimits.Default;
        var buffer = bytes.ToArray();
        if (PackageTooLarge(buffer, limits) is { } reason) return ExtractedDocument.Unreadable(SourceFormat.Docx, reason);
        if (XmlTooDeep(buffer, limits) is { } shape) return ExtractedDocument.Unreadable(SourceFormat.Docx, shape);

        using var package = WordprocessingDocument.Open(new MemoryStream(buffer, writable: false), false, new OpenSettings
        {
            // The zip directory can lie about sizes; this bounds what the SDK actually inflates per part.
            MaxCharactersInPart = limits.MaxDocxPartBytes,
        });
        var body = package.MainDocumentPart?.Document?.Body;
        if (body is null) return ExtractedDocument.Unreadable(SourceFormat.Docx, "Word文档中没有正文内容，无法自动读取，请人工核查。");
        var title = package.PackageProperties.Title;

        var writer = new DocxBlockWriter(limits.MaxTableCells);
        writer.Write(body);
        if (writer.TableOverflow)
            return ExtractedDocument.Unreadable(SourceFormat.Docx, $"Word文档中的表格超过{limits.MaxTableCells}个单元格的上限，无法自动读取，请人工核查。");
        return new ExtractedDocument(SourceFormat.Docx, writer.Blocks, PageTitle: string.IsNullOrWhiteSpace(title) ? null : title.Trim());
    }

    private const int MaxParts = 2000;

    /// <summary>Streams each XML part with a forward-only reader (no tree, no DTD) and stops at the first bound crossed.</summary>
    private static string? XmlTooDeep(byte[] buffer, ExtractionLimits limits)
    {
        using var archive = new ZipArchive(new MemoryStream(buffer, writable: false), ZipArchiveMode.Read);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = true,
            IgnoreComments = true,
            MaxCharactersInDocument = limits.MaxDocxPartBytes,
        };
        foreach (var entry in archive.Entries)
        {
            if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) continue;
            long elements = 0;
            try
            {
                using var stream = entry.Open();
                using var reader = XmlReader.Create(stream, settings);
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element) continue;
                    if (reader.Depth >= limits.MaxXmlDepth)
                        return $"Word文档的部件“{entry.FullName}”嵌套超过{limits.MaxXmlDepth}层（如表格层层嵌套，疑似异常文件），无法自动读取，请人工核查。";
                    if (++elements > limits.MaxXmlElements)
                        return $"Word文档的部件“{entry.FullName}”包含超过{limits.MaxXmlElements}个元素的上限（疑似异常文件），无法自动读取，请人工核查。";
                }
            }
            catch (XmlException e)
            {
                return $"Word文档的部件“{entry.FullName}”在第{e.LineNumber}行第{e.LinePosition}列不是有效的XML（文件损坏或异常），无法自动读取，请人工核查。";
            }
            catch (InvalidDataException)
            {
                return $"Word文档的部件“{entry.FullName}”无法解压（文件损坏），无法自动读取，请人工核查。";
            }
        }
        return null;
    }

    private static string? PackageTooLarge(byte[] buffer, ExtractionLimits limits)
    {
        using var archive = new ZipArchive(new MemoryStream(buffer, writable: false), ZipArchiveMode.Read);
        // A Word document has a few dozen parts; thousands mean a crafted package.
        if (archive.Entries.Count > MaxParts)
            return $"Word文档包含{archive.Entries.Count}个部件，超过{MaxParts}个的上限（疑似异常文件），无法自动读取，请人工核查。";
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            if (entry.Length > limits.MaxDocxPartBytes)
                return $"Word文档中的部件“{entry.FullName}”解压后达{ExtractionLimits.Describe(entry.Length)}，超过{ExtractionLimits.Describe(limits.MaxDocxPartBytes)}的上限（疑似压缩炸弹或异常文件），无法自动读取，请人工核查。";
            total += entry.Length;
        }
        return total > limits.MaxDocxTotalBytes
            ? $"Word文档解压后共{ExtractionLimits.Describe(total)}，超过{ExtractionLimits.Describe(limits.MaxDocxTotalBytes)}的上限（疑似压缩炸弹或异常文件），无法自动读取，请人工核查。"
            : null;
    }
}
