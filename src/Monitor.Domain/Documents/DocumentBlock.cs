namespace Monitor.Domain.Documents;

/// <summary>
/// One block of a document in reading order, whatever format it came from. Every extractor
/// (plain text, HTML, DOCX, PDF) reduces its input to these two shapes so the parser sees one model.
/// </summary>
public abstract record DocumentBlock;

/// <summary>A paragraph or heading line. Never contains a table.</summary>
public sealed record TextBlock(string Text) : DocumentBlock;

/// <summary>
/// A table as rows of cell texts, merged cells already expanded: a cell spanning rows appears in
/// each row it covers; a cell spanning columns appears in its first column and the columns it covers
/// are empty (so a value merged over three columns counts once). Rows with no text are dropped.
/// Rows may have different lengths: recovering the shape is the parser's job. HTML, DOCX and PDF
/// texts follow <see cref="BlockText.Clean"/>; plain text keeps the source's spacing.
/// </summary>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;
