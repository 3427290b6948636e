using System.IO.Compression;
using System.Text;

namespace Monitor.Cli.Fuzzing;

/// <summary>One generated input: a file name that says what it is, and its bytes.</summary>
public sealed record HostileInput(string Name, string Kind, byte[] Bytes);

/// <summary>
/// Documents an attacker or a broken CMS could publish, generated deterministically from a seed: hand-made bombs of
/// every kind issue 13 found (each small on disk, huge or pathological once read) and seeded mutations of real
/// report files (flipped bytes, truncations, spliced and duplicated chunks, and for DOCX edits inside the package so
/// the zip stays valid and the XML reader sees the damage). The same seed gives the same files on any machine.
/// </summary>
public sealed class HostileCorpus(IReadOnlyList<(string Name, byte[] Bytes)> seeds, int seed)
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The hand-made bombs, one of each kind, in a fixed order.</summary>
    public static IEnumerable<HostileInput> Bombs(string sampleText)
    {
        yield return new("bomb-docx-nested-tables.docx", "bomb", NestedTablesDocx(100_000));
        yield return new("bomb-docx-zip-1gb.docx", "bomb", ZipBombDocx(1L << 30));
        yield return new("bomb-docx-billion-laughs.docx", "bomb", BillionLaughsDocx());
        yield return new("bomb-docx-three-million-paragraphs.docx", "bomb", ManyParagraphsDocx(3_000_000));
        yield return new("bomb-pdf-flate-1gb.pdf", "bomb", FlateBombPdf(1L << 30));
        yield return new("bomb-pdf-two-million-tj.pdf", "bomb", ManyOperatorsPdf(2_000_000));
        yield return new("bomb-pdf-page-tree-cycle.pdf", "bomb", PageTreeCyclePdf());
        yield return new("bomb-pdf-100k-pages.pdf", "bomb", ManyPagesPdf(100_000));
        yield return new("bomb-html-deep-200k.html", "bomb", DeepHtml(200_000));
        yield return new("bomb-html-rowspan.html", "bomb", RowspanHtml());
        yield return new("bomb-html-400k-rows.html", "bomb", ManyRowsHtml(400_000));
        yield return new("bomb-txt-control-bytes.txt", "bomb", ControlBytesText(sampleText));
        yield return new("bomb-txt-41mb.txt", "bomb", OversizedText(41 * 1024 * 1024));
        yield return new("bomb-pdf-random.pdf", "bomb", RandomWithMagic("%PDF-1.7\n"u8, 256 * 1024, 1));
        yield return new("bomb-docx-random.docx", "bomb", RandomWithMagic("PK\u0003\u0004"u8, 256 * 1024, 2));
        yield return new("bomb-html-random.html", "bomb", RandomWithMagic("<html>"u8, 256 * 1024, 3));
    }

    /// <summary><paramref name="count"/> mutations of the seed files, round-robin over the seeds.</summary>
    public IEnumerable<HostileInput> Mutations(int count)
    {
        if (seeds.Count == 0) yield break;
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (name, bytes) = seeds[i % seeds.Count];
            var (kind, mutated) = Mutate(bytes, name, random);
            var ext = Path.GetExtension(name);
            yield return new($"m{i:D5}-{kind}-{Path.GetFileNameWithoutExtension(name)}{ext}", kind, mutated);
        }
    }

    private (string Kind, byte[] Bytes) Mutate(byte[] bytes, string name, Random random)
    {
        var isDocx = name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
        var choice = random.Next(isDocx ? 9 : 7);
        return choice switch
        {
            0 => ("flip", Flip(bytes, random, random.Next(1, 64))),
            1 => ("truncate", bytes[..random.Next(0, Math.Max(1, bytes.Length))]),
            2 => ("duplicate", Duplicate(bytes, random)),
            3 => ("delete", Delete(bytes, random)),
            4 => ("splice", Splice(bytes, seeds[random.Next(seeds.Count)].Bytes, random)),
            5 => ("ff-run", Fill(bytes, random, 0xFF)),
            6 => ("zero-run", Fill(bytes, random, 0x00)),
            7 => ("xml-edit", EditDocxXml(bytes, random, nestDeep: false)),
            _ => ("xml-nest", EditDocxXml(bytes, random, nestDeep: true)),
        };
    }

    private static byte[] Flip(byte[] bytes, Random random, int flips)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < flips && copy.Length > 0; i++) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] Duplicate(byte[] bytes, Random random)
    {
        if (bytes.Length == 0) return bytes;
        var start = random.Next(bytes.Length);
        var length = Math.Min(random.Next(1, 4096), bytes.Length - start);
        var times = random.Next(2, 50);
        var at = random.Next(bytes.Length);
        using var output = new MemoryStream();
        output.Write(bytes, 0, at);
        for (var t = 0; t < times; t++) output.Write(bytes, start, length);
        output.Write(bytes, at, bytes.Length - at);
        return output.ToArray();
    }

    private static byte[] Delete(byte[] bytes, Random random)
    {
        if (bytes.Length < 2) return bytes;
        var start = random.Next(bytes.Length);
        var length = Math.Min(random.Next(1, 8192), bytes.Length - start);
        return [.. bytes[..start], .. bytes[(start + length)..]];
    }

    private static byte[] Splice(byte[] first, byte[] second, Random random) =>
        [.. first[..random.Next(first.Length + 1)], .. second[random.Next(second.Length + 1)..]];

    private static byte[] Fill(byte[] bytes, Random random, byte value)
    {
        var copy = (byte[])bytes.Clone();
        if (copy.Length == 0) return copy;
        var start = random.Next(copy.Length);
        copy.AsSpan(start, Math.Min(random.Next(1, 2048), copy.Length - start)).Fill(value);
        return copy;
    }

    /// <summary>Rewrites word/document.xml inside a valid package: cut tags, doubled runs or a deep nest spliced in.</summary>
    private static byte[] EditDocxXml(byte[] docx, Random random, bool nestDeep)
    {
        try
        {
            using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
            using var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in input.Entries)
                {
                    using var source = entry.Open();
                    using var buffer = new MemoryStream();
                    source.CopyTo(buffer);
                    var content = buffer.ToArray();
                    if (entry.FullName == "word/document.xml") content = EditXml(Encoding.UTF8.GetString(content), random, nestDeep);
                    using var target = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                    target.Write(content);
                }
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return Flip(docx, random, 8);
        }
    }

    private static byte[] EditXml(string xml, Random random, bool nestDeep)
    {
        var at = random.Next(xml.Length);
        string edited;
        if (nestDeep)
        {
            var depth = random.Next(200, 5000);
            var nest = new StringBuilder();
            for (var i = 0; i < depth; i++) nest.Append("<w:tbl><w:tr><w:tc>");
            nest.Append("<w:p/>");
            for (var i = 0; i < depth; i++) nest.Append("</w:tc></w:tr></w:tbl>");
            var body = xml.IndexOf("<w:body>", StringComparison.Ordinal);
            edited = body < 0 ? xml : xml.Insert(body + "<w:body>".Length, nest.ToString());
        }
        else
        {
            edited = random.Next(3) switch
            {
                0 => xml.Remove(at, Math.Min(random.Next(1, 200), xml.Length - at)),
                1 => xml.Insert(at, xml.Substring(at, Math.Min(random.Next(1, 2000), xml.Length - at))),
                _ => xml.Insert(at, "<w:tc><w:p><w:r><w:t>\u0000\u001b[2J</w:t></w:r></w:p>"),
            };
        }
        return Encoding.UTF8.GetBytes(edited);
    }

    /// <summary>A package with the three parts Word needs; word/document.xml is written as given, never through the SDK.</summary>
    public static byte[] Docx(Action<Stream> writeDocumentXml)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
            Add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            writeDocumentXml(document);
        }
        return stream.ToArray();
    }

    private static void WriteRepeated(Stream stream, string text, long times)
    {
        const int perChunk = 4096;
        var unit = Encoding.UTF8.GetBytes(text);
        var chunk = new byte[unit.Length * perChunk];
        for (var i = 0; i < perChunk; i++) unit.CopyTo(chunk, i * unit.Length);
        for (long done = 0; done < times; done += perChunk)
            stream.Write(chunk, 0, (int)Math.Min(perChunk, times - done) * unit.Length);
    }

    private static void WriteAscii(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    public static byte[] NestedTablesDocx(int levels) => Docx(s =>
    {
        WriteAscii(s, $"<w:document xmlns:w=\"{WordNs}\"><w:body>");
        WriteRepeated(s, "<w:tbl><w:tr><w:tc>", levels);
        WriteAscii(s, "<w:p/>");
        WriteRepeated(s, "</w:tc></w:tr></w:tbl>", levels);
        WriteAscii(s, "</w:body></w:document>");
    });

    public static byte[] ZipBombDocx(long bytes) => Docx(s =>
    {
        WriteAscii(s, $"<w:document xmlns:w=\"{WordNs}\"><w:body><w:p><w:r><w:t>");
        var zeros = new byte[1 << 20];
        zeros.AsSpan().Fill((byte)'a');
        for (long written = 0; written < bytes; written += zeros.Length) s.Write(zeros);
        WriteAscii(s, "</w:t></w:r></w:p></w:body></w:document>");
    });

    public static byte[] BillionLaughsDocx() => Docx(s =>
    {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY l0 \"哈哈哈哈哈哈哈哈哈哈\">");
        for (var i = 1; i <= 9; i++) dtd.Append($"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");
        dtd.Append($"]><w:document xmlns:w=\"{WordNs}\"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>");
        WriteAscii(s, dtd.ToString());
    });

    public static byte[] ManyParagraphsDocx(int paragraphs) => Docx(s =>
    {
        WriteAscii(s, $"<w:document xmlns:w=\"{WordNs}\"><w:body>");
        WriteRepeated(s, "<w:p/>", paragraphs);
        WriteAscii(s, "</w:body></w:document>");
    });

    /// <summary>A PDF of the given objects (1 is the catalog), with a correct cross-reference table.</summary>
    public static byte[] Pdf(IReadOnlyList<byte[]> objects)
    {
        using var output = new MemoryStream();
        WriteAscii(output, "%PDF-1.7\n%\u00e2\u00e3\n");
        var offsets = new long[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            offsets[i] = output.Position;
            WriteAscii(output, $"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            WriteAscii(output, "\nendobj\n");
        }
        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        WriteAscii(output, table.ToString());
        return output.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] FlateStream(Action<Stream> write)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) write(zlib);
        var data = compressed.ToArray();
        return [.. Ascii($"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n"), .. data, .. Ascii("\nendstream")];
    }

    private static IReadOnlyList<byte[]> OnePage(byte[] contentStream) =>
    [
        Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
        Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
        contentStream,
        Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
    ];

    public static byte[] FlateBombPdf(long bytes) => Pdf(OnePage(FlateStream(s =>
    {
        var spaces = new byte[1 << 20];
        spaces.AsSpan().Fill((byte)' ');
        for (long written = 0; written < bytes; written += spaces.Length) s.Write(spaces);
    })));

    public static byte[] ManyOperatorsPdf(int operators) => Pdf(OnePage(FlateStream(s =>
    {
        WriteAscii(s, "BT /F1 12 Tf 72 720 Td ");
        WriteRepeated(s, "(a) Tj ", operators);
        WriteAscii(s, "ET");
    })));

    public static byte[] PageTreeCyclePdf() => Pdf(
    [
        Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
        Ascii("<< /Type /Pages /Kids [3 0 R] /Count 2 >>"),
        Ascii("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 1 >>"),
        Ascii("<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>"),
    ]);

    public static byte[] ManyPagesPdf(int pages)
    {
        var objects = new List<byte[]>(pages + 2) { Ascii("<< /Type /Catalog /Pages 2 0 R >>") };
        var kids = new StringBuilder();
        for (var i = 0; i < pages; i++) kids.Append($"{i + 3} 0 R ");
        objects.Add(Ascii($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"));
        var page = Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        for (var i = 0; i < pages; i++) objects.Add(page);
        return Pdf(objects);
    }

    public static byte[] DeepHtml(int depth)
    {
        using var s = new MemoryStream();
        WriteAscii(s, "<html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body>");
        WriteRepeated(s, "<div>", depth);
        WriteAscii(s, "政府信息公开工作年度报告");
        WriteRepeated(s, "</div>", depth);
        WriteAscii(s, "</body></html>");
        return s.ToArray();
    }

    public static byte[] RowspanHtml() => Encoding.UTF8.GetBytes(
        "<html><head><meta charset=\"utf-8\"></head><body><p>政府信息公开工作年度报告</p><table>" +
        string.Concat(Enumerable.Repeat("<tr><td rowspan=\"65534\" colspan=\"1000\">1</td><td rowspan=\"65534\" colspan=\"1000\">2</td></tr>", 50)) +
        "</table></body></html>");

    public static byte[] ManyRowsHtml(int rows)
    {
        using var s = new MemoryStream();
        WriteAscii(s, "<html><head><meta charset=\"utf-8\"></head><body><p>政府信息公开工作年度报告</p><table>");
        WriteRepeated(s, "<tr><td>行</td><td>1</td><td>2</td></tr>", rows);
        WriteAscii(s, "</table></body></html>");
        return s.ToArray();
    }

    public static byte[] ControlBytesText(string sampleText) => Encoding.UTF8.GetBytes(
        "\u0000\u001b]0;title\u0007\u001b[2J\u202e" + sampleText.Replace("。", "。\u0000\u001b[31m\u0085", StringComparison.Ordinal));

    public static byte[] OversizedText(int bytes)
    {
        var text = new byte[bytes];
        var line = Encoding.UTF8.GetBytes("全年主动公开信息56条。\n");
        for (var i = 0; i + line.Length <= bytes; i += line.Length) line.CopyTo(text, i);
        return text;
    }

    public static byte[] RandomWithMagic(ReadOnlySpan<byte> magic, int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        magic.CopyTo(bytes);
        return bytes;
    }
}
