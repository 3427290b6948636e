namespace Monitor.Domain.Documents;

/// <summary>
/// Bounds on what extraction will read. Published files are untrusted input: a 500 MB scan, a PDF
/// with thousands of pages or a zip bomb disguised as .docx must end as an unreadable document with a
/// reason, never as an out-of-memory crash that aborts a county's run.
/// </summary>
public sealed record ExtractionLimits
{
    public static ExtractionLimits Default { get; } = new();

    /// <summary>Largest input accepted at all; real reports are well under 10 MB.</summary>
    public long MaxInputBytes { get; init; } = 40L * 1024 * 1024;

    /// <summary>Most characters of text (paragraphs and cells) kept from one document; a report has 10,000–50,000.</summary>
    public long MaxExtractedCharacters { get; init; } = 2_000_000;

    /// <summary>Most pages read from a PDF; a township report runs to 5–15 pages.</summary>
    public int MaxPdfPages { get; init; } = 200;

    /// <summary>
    /// Largest inflated size of one PDF stream that PdfPig would decode (content, font, object stream). A report's
    /// largest is an embedded CJK font of a few MB; a 1 MB file can hold a 1 GB Flate stream.
    /// </summary>
    public long MaxPdfStreamBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest inflated size of all such PDF streams together (images are not decoded to read text).</summary>
    public long MaxPdfInflatedBytes { get; init; } = 192L * 1024 * 1024;

    /// <summary>
    /// Most drawing operators in a PDF's page contents. PdfPig builds an object per letter and path: two million
    /// text operators in a 21 KB file took 1.1 GB. Real reports have tens of thousands.
    /// </summary>
    public long MaxPdfOperators { get; init; } = 600_000;

    /// <summary>Largest decompressed size of any one part of a DOCX package.</summary>
    public long MaxDocxPartBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Largest decompressed size of a whole DOCX package (all parts together).</summary>
    public long MaxDocxTotalBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Most cells in one table after merged cells are expanded (rowspan="9999" is an easy attack).</summary>
    public int MaxTableCells { get; init; } = 20_000;

    /// <summary>
    /// Deepest XML element nesting accepted in a DOCX part. The OpenXML SDK builds its tree recursively, and a 12 KB
    /// document of 100,000 nested tables overflows the stack, which no handler can catch; real reports nest a few dozen.
    /// </summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Most XML elements in one DOCX part: a report's document.xml has tens of thousands.</summary>
    public long MaxXmlElements { get; init; } = 2_000_000;

    /// <summary>Deepest element nesting read from HTML: walking the tree recurses, and a stack overflow cannot be caught.</summary>
    public int MaxHtmlDepth { get; init; } = 400;

    /// <summary>
    /// Most HTML elements parsed into a tree. A report page has a few thousand; parsing costs about 3 KB per element,
    /// so 400,000 table rows in a 16 MB page took 1.4 GB.
    /// </summary>
    public int MaxHtmlElements { get; init; } = 150_000;

    /// <summary>A byte count as officials read it in a reason: "3MB", "512KB".</summary>
    public static string Describe(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#}MB" : $"{Math.Max(1, bytes / 1024)}KB";
}
