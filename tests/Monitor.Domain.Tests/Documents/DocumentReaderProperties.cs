using FsCheck;
using FsCheck.Xunit;
using Monitor.Domain.Documents;

namespace Monitor.Domain.Tests.Documents;

/// <summary>Extraction must turn any bytes into a document or a reason, never an exception.</summary>
public class DocumentReaderProperties
{
    private static readonly string[] Fixtures =
    [
        "reports/baiyang-2025.html", "reports/baiyang-2025.docx", "reports/baiyang-2025.pdf",
        "derived/baiyang-2025-portal-gbk.html", "layouts/borderless-table.pdf",
    ];

    private static readonly string?[] Names = [null, "年报.pdf", "年报.docx", "年报.html", "年报.txt", "年报.wps"];

    [Property(MaxTest = 300)]
    public void Arbitrary_bytes_never_throw(byte[] bytes, byte nameIndex)
    {
        var document = DocumentReader.Read(bytes, Names[nameIndex % Names.Length]);

        Assert.True(document.IsReadable || document.UnreadableReason!.Length > 0);
    }

    [Property(MaxTest = 60)]
    public void Damaged_fixtures_never_throw(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var fixture = Fixtures[random.Next(Fixtures.Length)];
        var bytes = DocumentFixtures.Bytes(fixture);
        var damaged = random.Next(3) switch
        {
            0 => bytes[..random.Next(1, bytes.Length)],
            1 => Flip(bytes, random, flips: 1 + random.Next(20)),
            _ => Flip(bytes[..random.Next(1, bytes.Length)], random, flips: 1 + random.Next(5)),
        };

        var document = DocumentReader.Read(damaged, Path.GetFileName(fixture));

        Assert.True(document.IsReadable || document.UnreadableReason!.Length > 0);
    }

    private static byte[] Flip(byte[] bytes, Random random, int flips)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < flips; i++) copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }
}
