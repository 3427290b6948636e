using System.Text.Json;
using System.Text.RegularExpressions;

namespace Monitor.Infra.Tests;

/// <summary>No secret, key or connection string in the repository or in the template's outputs.</summary>
public partial class NoSecretsTests
{
    // Azurite's development account key is published in Microsoft's documentation and grants nothing.
    private const string AzuriteWellKnownKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public void Tracked_files_contain_no_secrets()
    {
        var hits = new List<string>();
        foreach (var relative in RepoPaths.TrackedFiles())
        {
            var path = Path.Combine(RepoPaths.Root, relative);
            // This file spells out the patterns it looks for.
            if (relative.EndsWith(nameof(NoSecretsTests) + ".cs", StringComparison.Ordinal)
                || !File.Exists(path) || new FileInfo(path).Length > 2_000_000 || IsBinary(path))
            {
                continue;
            }

            var text = File.ReadAllText(path).Replace(AzuriteWellKnownKey, string.Empty, StringComparison.Ordinal);
            hits.AddRange(SecretPattern().Matches(text).Select(match => $"{relative}: {match.Value[..Math.Min(40, match.Value.Length)]}"));
        }

        Assert.Empty(hits);
    }

    [Fact]
    public void Template_outputs_expose_no_keys_or_connection_strings()
    {
        var run = BicepCli.Run("build", "main.bicep", "--stdout");
        using var template = JsonDocument.Parse(run.Output);

        foreach (var output in template.RootElement.GetProperty("outputs").EnumerateObject())
        {
            var text = output.Name + " " + output.Value.GetRawText();
            Assert.DoesNotMatch(SecretOutput(), text);
        }
    }

    private static bool IsBinary(string path)
    {
        Span<byte> head = stackalloc byte[512];
        using var stream = File.OpenRead(path);
        var read = stream.Read(head);
        return head[..read].Contains((byte)0);
    }

    [GeneratedRegex(@"AccountKey=[A-Za-z0-9+/=]{20,}|SharedAccessSignature=|\bsig=[A-Za-z0-9%]{20,}|\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|InstrumentationKey=[0-9a-f-]{36}|-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("(?i)listKeys|listSecrets|connectionString|accountKey|password|secret|sendgrid")]
    private static partial Regex SecretOutput();
}
