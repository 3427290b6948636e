using System.Diagnostics;
using HtmlAgilityPack;
using Monitor.Domain.Documents;

namespace Monitor.Benchmarks;

/// <summary>
/// Time and allocation of each step of HTML extraction (decode, nesting guard, HtmlAgilityPack load, noise
/// removal, body search, writing blocks): `-- --html-stages [iterations]`.
/// </summary>
public static class HtmlStages
{
    private static readonly string[] Names = ["decode", "nesting", "load", "title", "noise", "find body", "title outside", "write blocks"];

    public static void Run(int iterations)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Inputs", "baishui-town-2025.html"));
        var ticks = new long[Names.Length];
        var bytesAllocated = new long[Names.Length];
        var marks = new (long Ticks, long Bytes)[Names.Length + 1];
        void Mark(int step) => marks[step] = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
        for (var i = 0; i < 2 * iterations; i++)
        {
            Mark(0);
            var html = HtmlCharset.Decode(bytes);
            Mark(1);
            HtmlNesting.Estimate(html);
            Mark(2);
            var document = new HtmlDocument { OptionFixNestedTags = true, OptionCheckSyntax = false };
            document.LoadHtml(html);
            Mark(3);
            var root = document.DocumentNode;
            root.SelectSingleNode("//title");
            Mark(4);
            HtmlNoise.Remove(root);
            Mark(5);
            var body = ArticleBody.Find(root);
            Mark(6);
            ArticleBody.TitleOutside(root, body);
            Mark(7);
            new HtmlBlockWriter(ExtractionLimits.Default.MaxTableCells).Write(body);
            Mark(8);
            if (i < iterations) continue;
            for (var k = 0; k < Names.Length; k++)
            {
                ticks[k] += marks[k + 1].Ticks - marks[k].Ticks;
                bytesAllocated[k] += marks[k + 1].Bytes - marks[k].Bytes;
            }
        }
        for (var k = 0; k < Names.Length; k++)
            Console.WriteLine($"{Names[k],-14} {ticks[k] * 1000.0 / Stopwatch.Frequency / iterations:F3} ms {bytesAllocated[k] / iterations / 1024.0,8:F1} KB");
    }
}
