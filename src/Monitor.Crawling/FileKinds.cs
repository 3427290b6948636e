using Monitor.Domain.Documents;

namespace Monitor.Crawling;

/// <summary>The extension a capture is stored under, decided by its bytes.</summary>
public static class FileKinds
{
    public static FileKind Sniff(byte[] content, string? name, string? contentType) =>
        FormatSniffer.Sniff(content, name, contentType);

    public static string? ExtensionOf(FileKind kind, byte[] content) => kind switch
    {
        FileKind.Pdf => ".pdf",
        FileKind.Docx => ".docx",
        FileKind.Html => ".html",
        FileKind.LegacyWord => ".doc",
        FileKind.Wps => ".wps",
        FileKind.Ofd => ".ofd",
        FileKind.Rtf => ".rtf",
        FileKind.OpenDocument => ".odt",
        FileKind.Image => content.Length > 3 && content[0] == 0x89 ? ".png" : content.Length > 3 && content[0] == 0xFF ? ".jpg" : content.Length > 3 && content[0] == (byte)'G' ? ".gif" : null,
        _ => null,
    };
}
