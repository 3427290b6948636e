using System.Text.Json;

namespace Monitor.PortalSimulator;

/// <summary>
/// Loads a portal folder: <c>portal.json</c> lists pages by host and path with their behaviour; bodies are files
/// next to it (one per version). Large bodies are generated (<c>generatedBytes</c>), never stored.
/// </summary>
public static class PortalManifest
{
    private sealed record Entry(
        string Host,
        string Path,
        List<string>? Files,
        string? ContentType,
        string? Charset,
        bool Validators,
        List<int>? Status,
        List<int>? DelaysMs,
        string? RedirectTo,
        long? GeneratedBytes,
        Dictionary<string, string>? Query,
        Dictionary<string, string>? Headers);

    private sealed record Manifest(List<Entry> Pages);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Adds every page of the folder's portal.json to <paramref name="portal"/>; returns the number of pages.</summary>
    public static int LoadFolder(this FakePortal portal, string folder)
    {
        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(System.IO.Path.Combine(folder, "portal.json")), Json)
                       ?? throw new InvalidDataException($"{folder}/portal.json is empty");
        foreach (var e in manifest.Pages)
        {
            portal.Add(e.Host, e.Path, e.Query ?? [], new PortalPage
            {
                Headers = e.Headers ?? [],
                Versions = (e.Files ?? []).Select(f => File.ReadAllBytes(System.IO.Path.Combine(folder, f))).ToList(),
                ContentType = e.ContentType ?? "text/html",
                Charset = e.Charset,
                Validators = e.Validators,
                StatusSequence = e.Status ?? [],
                DelaysMs = e.DelaysMs ?? [],
                RedirectTo = e.RedirectTo,
                GeneratedBytes = e.GeneratedBytes,
            });
        }
        return manifest.Pages.Count;
    }
}
