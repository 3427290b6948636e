namespace Monitor.Domain.Documents;

/// <summary>The source format a document was read as.</summary>
public enum SourceFormat
{
    PlainText,
    Html,
    Docx,
    Pdf,
    /// <summary>Legacy .doc, .wps, images, spreadsheets and anything else we cannot read.</summary>
    Unsupported,
}

/// <summary>
/// The text of one published document, reduced to blocks. When the content could not be read
/// automatically (scanned PDF, legacy .doc, binary noise), <see cref="UnreadableReason"/> says why in
/// Chinese for the reader, and <see cref="Blocks"/> is empty; that is a result, not an exception.
/// </summary>
public sealed record ExtractedDocument(
    SourceFormat Format,
    IReadOnlyList<DocumentBlock> Blocks,
    string? UnreadableReason = null,
    string? PageTitle = null)
{
    public bool IsReadable => UnreadableReason is null;

    public static ExtractedDocument Unreadable(SourceFormat format, string reason, string? pageTitle = null) =>
        new(format, [], reason, pageTitle);
}
