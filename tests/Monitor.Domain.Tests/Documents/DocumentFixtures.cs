using Monitor.Domain.Documents;

namespace Monitor.Domain.Tests.Documents;

/// <summary>The committed extraction fixtures (made by scripts/make-document-fixtures.sh), copied beside the tests.</summary>
internal static class DocumentFixtures
{
    public static byte[] Bytes(string relativePath) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "documents", relativePath));

    public static ExtractedDocument Read(string relativePath, string? httpCharset = null) =>
        DocumentReader.Read(Bytes(relativePath), Path.GetFileName(relativePath), httpCharset: httpCharset);

    /// <summary>Blocks as flat strings: paragraphs as text, table rows as cells joined by '|'.</summary>
    public static IEnumerable<string> Flatten(this ExtractedDocument document) =>
        document.Blocks.SelectMany(b => b switch
        {
            TextBlock text => [text.Text],
            TableBlock table => table.Rows.Select(r => "|" + string.Join("|", r) + "|"),
            _ => ["?"],
        });
}
