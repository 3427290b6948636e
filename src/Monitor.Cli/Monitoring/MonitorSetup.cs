using System.Globalization;
using Monitor.Application.Configuration;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Registry;

namespace Monitor.Cli.Monitoring;

/// <summary>What `sweep`, `summary` and `serve` share: the registry file, settings from the environment, `--today`.</summary>
public static class MonitorSetup
{
    /// <summary>The registry, or null after printing why not (Chinese, naming the file); unit problems are printed and skipped.</summary>
    public static async Task<CountyRegistry?> LoadRegistryAsync(CliConsole console, string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            await console.Error.WriteLineAsync($"找不到登记表文件：{path}").ConfigureAwait(false);
            return null;
        }
        var loaded = RegistryLoader.Load(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false));
        foreach (var problem in loaded.Problems) await console.Error.WriteLineAsync($"登记表问题 {path} {problem}").ConfigureAwait(false);
        return loaded.Registry;
    }

    /// <summary>
    /// Settings from environment variables (the app-setting names, e.g. SendGrid__ApiKey), with the local data folder
    /// from <paramref name="dataFolder"/>, else Monitor__DataFolder, else ./.data. Null after printing a bad value.
    /// </summary>
    public static async Task<MonitorSettings?> ReadSettingsAsync(CliConsole console, string? dataFolder)
    {
        var dataKey = AppSettingNames.Key(AppSettingNames.DataFolder);
        try
        {
            return MonitorSettings.Read(key => key == dataKey
                ? dataFolder ?? Environment.GetEnvironmentVariable(AppSettingNames.DataFolder) ?? ".data"
                : Environment.GetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal)));
        }
        catch (FormatException e)
        {
            await console.Error.WriteLineAsync($"设置有误：{e.Message}").ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>`--today yyyy-MM-dd` as 10:00 China time that day; Valid is false after printing a bad value.</summary>
    public static async Task<(bool Valid, DateTimeOffset? Today)> ParseTodayAsync(CliConsole console, string? text)
    {
        if (text is null) return (true, null);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            await console.Error.WriteLineAsync($"--today 应为 yyyy-MM-dd 格式的日期，实际为“{text}”").ConfigureAwait(false);
            return (false, null);
        }
        return (true, new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), ChinaTime.Offset));
    }
}
