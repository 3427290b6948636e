using Monitor.Domain.Checking;

namespace Monitor.Cli.Checking;

/// <summary>A file that could not be checked at all, with a Chinese reason; the run goes on without it.</summary>
public sealed record CheckError(string Source, string Message);

/// <summary>Everything one `check` run produced, in input order.</summary>
public sealed record CheckRunResult(IReadOnlyList<CheckedReport> Reports, IReadOnlyList<CheckError> Errors);

/// <summary>
/// Reads the files of each group from disk and checks them with <see cref="ReportChecker"/>. One file's
/// failure (I/O error, size bound, a parser bug) becomes a <see cref="CheckError"/>; it never stops the run.
/// </summary>
public sealed class CheckRun(ReportChecker checker, CheckOptions options)
{
    /// <summary>Reports are at most a few MB; a bound keeps a stray archive or video from stalling a county run.</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    public CheckRunResult Execute(IReadOnlyList<CheckGroup> groups, Action<string>? fileDone = null)
    {
        var reports = new List<CheckedReport>();
        var errors = new List<CheckError>();
        foreach (var group in groups)
        {
            var reads = new List<ReadReport>();
            foreach (var file in group.Files)
            {
                if (TryRead(file) is { } read) reads.Add(read);
                fileDone?.Invoke(file);
            }
            try
            {
                reports.AddRange(group.Folder is null
                    ? reads.Select(read => checker.Validate(read, options))
                    : checker.ValidateCountyYear(reads, options));
            }
            catch (Exception e)
            {
                // Rules must never throw; if one does, the other groups still get checked and the bug is visible.
                errors.AddRange(reads.Select(r => new CheckError(r.Source, $"检查时发生内部错误（{e.GetType().Name}：{e.Message}），请将该文件提交给开发人员。")));
            }
        }
        return new CheckRunResult(reports, errors);

        ReadReport? TryRead(string file)
        {
            try
            {
                var length = new FileInfo(file).Length;
                if (length > MaxFileBytes)
                {
                    errors.Add(new CheckError(file, $"文件过大（{length / 1024.0 / 1024.0:0.0} MB），超过 {MaxFileBytes / 1024 / 1024} MB 上限，未检查。"));
                    return null;
                }
                return checker.Read(File.ReadAllBytes(file), file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new CheckError(file, $"无法读取文件（{e.Message}）。"));
                return null;
            }
            catch (Exception e)
            {
                errors.Add(new CheckError(file, $"解析时发生内部错误（{e.GetType().Name}：{e.Message}），请将该文件提交给开发人员。"));
                return null;
            }
        }
    }
}
