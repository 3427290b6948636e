using FsCheck.Xunit;

namespace Monitor.Storage.Tests;

public class KeyEscapingTests
{
    [Property]
    public bool Escaping_is_reversible_and_leaves_no_forbidden_key_character(string? text)
    {
        text ??= "";
        var key = KeyEscaping.Escape(text);
        return KeyEscaping.Unescape(key) == text && !key.Any(c => c is '/' or '\\' or '#' or '?' || c < ' ') && !key.StartsWith('.');
    }

    [Fact]
    public void Chinese_stays_readable()
    {
        Assert.Equal(("徐套乡%2F2025%3F", ".."), (KeyEscaping.Escape("徐套乡/2025?"), KeyEscaping.Unescape(KeyEscaping.Escape(".."))));
    }
}
