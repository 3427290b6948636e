using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Monitor.Domain.Documents;

/// <summary>A horizontal or vertical ruling line on a PDF page, in points (y grows upwards).</summary>
internal readonly record struct Ruling(bool Horizontal, double Position, double From, double To)
{
    public bool Covers(double value, double tolerance) => value >= From - tolerance && value <= To + tolerance;
}

/// <summary>
/// Collects the straight horizontal and vertical lines drawn on a page: the borders of table cells.
/// Word and WPS draw them as stroked lines or as thin filled rectangles; both count.
/// </summary>
internal static class PdfRulings
{
    private const double Straightness = 1.0;
    private const double MinLength = 4.0;
    private const double MaxFilledThickness = 3.0;

    public static List<Ruling> Find(Page page)
    {
        var rulings = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            foreach (var subpath in path)
            {
                if (path.IsFilled && !path.IsStroked)
                {
                    if (subpath.GetBoundingRectangle() is { } box) AddThinRectangle(rulings, box);
                    continue;
                }
                if (path.IsStroked) AddSegments(rulings, subpath);
            }
        }
        return Merge(rulings);
    }

    private static void AddThinRectangle(List<Ruling> rulings, PdfRectangle box)
    {
        if (box.Height <= MaxFilledThickness && box.Width >= MinLength)
            rulings.Add(new Ruling(true, (box.Top + box.Bottom) / 2, box.Left, box.Right));
        else if (box.Width <= MaxFilledThickness && box.Height >= MinLength)
            rulings.Add(new Ruling(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
    }

    private static void AddSegments(List<Ruling> rulings, PdfSubpath subpath)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(rulings, line.From, line.To);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddSegment(rulings, c, s);
                    current = s;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private static void AddSegment(List<Ruling> rulings, PdfPoint a, PdfPoint b)
    {
        if (Math.Abs(a.Y - b.Y) <= Straightness && Math.Abs(a.X - b.X) >= MinLength)
            rulings.Add(new Ruling(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (Math.Abs(a.X - b.X) <= Straightness && Math.Abs(a.Y - b.Y) >= MinLength)
            rulings.Add(new Ruling(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }

    /// <summary>Joins collinear pieces (a border drawn cell by cell) into one ruling each.</summary>
    private static List<Ruling> Merge(List<Ruling> rulings)
    {
        const double tolerance = 1.5;
        var merged = new List<Ruling>();
        foreach (var group in rulings.GroupBy(r => r.Horizontal))
        {
            foreach (var ruling in group.OrderBy(r => r.Position).ThenBy(r => r.From))
            {
                var index = merged.FindLastIndex(m => m.Horizontal == ruling.Horizontal
                    && Math.Abs(m.Position - ruling.Position) <= tolerance && ruling.From <= m.To + tolerance && ruling.To >= m.From - tolerance);
                if (index < 0)
                {
                    merged.Add(ruling);
                    continue;
                }
                var m = merged[index];
                merged[index] = m with { From = Math.Min(m.From, ruling.From), To = Math.Max(m.To, ruling.To) };
            }
        }
        return merged;
    }
}
