using System.IO.Compression;
using System.Text;

namespace Monitor.Domain.Tests.Documents;

/// <summary>
/// Writes a one-page PDF from a raw content stream with Helvetica as /F1, for layouts LibreOffice
/// cannot produce (a rotated page). Offsets in the cross-reference table are exact.
/// </summary>
internal static class MinimalPdf
{
    public static byte[] Page(string content, int rotate = 0, int width = 595, int height = 842, bool flate = false)
    {
        var raw = Encoding.ASCII.GetBytes(content);
        var data = flate ? Deflate(raw) : raw;
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Rotate {rotate} /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {data.Length}{(flate ? " /Filter /FlateDecode" : "")} >>\nstream\n",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            Write($"{i + 1} 0 obj\n{objects[i]}");
            if (i == 3)
            {
                pdf.Write(data);
                Write("\nendstream");
            }
            Write("\nendobj\n");
        }
        var xref = pdf.Length;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Deflate(byte[] raw)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(raw);
        return output.ToArray();
    }
}
