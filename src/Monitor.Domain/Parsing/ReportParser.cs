using Monitor.Domain.Documents;
using Monitor.Domain.Reports;

namespace Monitor.Domain.Parsing;

/// <summary>Parses an extracted document into an <see cref="AnnualReport"/>.</summary>
public static class ReportParser
{
    public static AnnualReport Parse(ExtractedDocument document)
    {
        if (!document.IsReadable)
        {
            return new AnnualReport { SourceFormat = document.Format, UnreadableReason = document.UnreadableReason };
        }
        var text = string.Join("\n", document.Blocks.OfType<TextBlock>().Select(b => b.Text));
        return new AnnualReport { SourceFormat = document.Format, FullText = text };
    }
}
