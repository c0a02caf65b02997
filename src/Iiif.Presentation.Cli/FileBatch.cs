using System.Threading;

namespace Iiif.Presentation.Cli;

/// <summary>Where a command that writes documents (<c>format</c>, <c>upgrade</c>) puts them.</summary>
/// <param name="Output">One file for the one document (<c>-o</c>), or <see langword="null"/>.</param>
/// <param name="OutputDir">A folder for every document (<c>--output-dir</c>), or <see langword="null"/>.</param>
/// <param name="InPlace">Whether each document is written back over its input (<c>--in-place</c>).</param>
internal sealed record OutputTargets(string? Output, string? OutputDir, bool InPlace);

/// <summary>One input of a batch and where its output goes.</summary>
/// <param name="Path">The input file, or <c>-</c> for standard input.</param>
/// <param name="Target">The output file, or <see langword="null"/> for standard output.</param>
/// <param name="CreateFolder">Whether the target's folder is made when missing (below <c>--output-dir</c>).</param>
internal sealed record FileJob(string Path, string? Target, bool CreateFolder);

/// <summary>
/// Runs a command over many files: plans where each output goes, refuses to write over an input unless
/// asked to, and goes on past every bad file, ending with the worst exit code of them all.
/// </summary>
internal static class FileBatch
{
    private const int ProgressAbove = 5;

    /// <summary>
    /// Expands the paths and decides each output; on a usage error reports it and returns <see langword="null"/>.
    /// Nothing is read or written yet, so a refused command changes no file.
    /// </summary>
    public static List<FileJob>? Plan(CliConsole console, string[] paths, OutputTargets targets)
    {
        int ways = (targets.Output is null ? 0 : 1) + (targets.OutputDir is null ? 0 : 1) + (targets.InPlace ? 1 : 0);
        if (ways > 1)
        {
            console.Fail(ExitCodes.UsageOrIO, "--output, --output-dir and --in-place exclude each other.");
            return null;
        }

        if (targets.InPlace && paths.Contains(InputFiles.StandardStream))
        {
            console.Fail(ExitCodes.UsageOrIO, "--in-place needs files: standard input (-) cannot be written back.");
            return null;
        }

        List<(string Path, string Relative)>? files = InputFiles.Expand(console, paths);
        if (files is null)
        {
            return null;
        }

        bool single = paths.Length == 1 && (paths[0] == InputFiles.StandardStream || File.Exists(paths[0]));
        if (!single && targets.OutputDir is null && !targets.InPlace)
        {
            console.Fail(ExitCodes.UsageOrIO, "Several documents (or a folder) need --output-dir DIR, or --in-place to rewrite each one.");
            return null;
        }

        List<FileJob> jobs = files.Select(f => new FileJob(
            f.Path,
            targets.InPlace ? f.Path
            : targets.OutputDir is not null ? Path.Combine(targets.OutputDir, f.Relative)
            : targets.Output,
            targets.OutputDir is not null)).ToList();

        HashSet<string> seen = InputFiles.NewPathSet();
        if (!targets.InPlace && jobs.FirstOrDefault(j => j.Target is not null && !seen.Add(InputFiles.Canonical(j.Target))) is { } twice)
        {
            console.Fail(ExitCodes.UsageOrIO, $"{twice.Target}: two inputs would be written to this file; give them separately, or with their folders.");
            return null;
        }

        if (!targets.InPlace)
        {
            HashSet<string> inputs = InputFiles.NewPathSet();
            inputs.UnionWith(jobs.Where(j => j.Path != InputFiles.StandardStream).Select(j => InputFiles.Canonical(j.Path)));
            if (jobs.FirstOrDefault(j => j.Target is not null && inputs.Contains(InputFiles.Canonical(j.Target))) is { } clash)
            {
                console.Fail(ExitCodes.UsageOrIO, $"{clash.Target}: refusing to overwrite the input; give --in-place to rewrite inputs, or write to another file.");
                return null;
            }
        }

        return jobs;
    }

    /// <summary>
    /// Does every job in order and returns the worst exit code. A file that fails is reported and the batch
    /// goes on; a bug met on one file is reported as an internal error for that file. Stops before the next
    /// file once <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static int Run(
        CliConsole console, IReadOnlyList<FileJob> jobs, string verb, Func<FileJob, int> doOne, CancellationToken cancellationToken)
    {
        int exit = ExitCodes.Success;
        int failed = 0;
        for (int i = 0; i < jobs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FileJob job = jobs[i];
            int result = RunOne(console, job, doOne);
            console.Done(job.Path);
            if (result != ExitCodes.Success)
            {
                failed++;
            }

            exit = Math.Max(exit, result);
            int done = i + 1;
            if (jobs.Count > ProgressAbove && (done % Math.Max(1, jobs.Count / 20) == 0 || done == jobs.Count))
            {
                console.Error.WriteLine($"iiif: {verb} {done}/{jobs.Count}");
            }
        }

        if (jobs.Count > 1)
        {
            console.Error.WriteLine($"iiif: {jobs.Count} documents: {jobs.Count - failed} {verb}, {failed} not.");
        }

        return exit;
    }

    /// <summary>Writes a document's bytes and a final line end to its target, whole or not at all.</summary>
    /// <returns>The exit code: success, or an I/O error already reported.</returns>
    public static int Write(CliConsole console, FileJob job, byte[] json)
    {
        string target = job.Target!;
        try
        {
            string? directory = Path.GetDirectoryName(Path.GetFullPath(target));
            if (job.CreateFolder && directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            // A text file ends with a line end.
            byte[] withNewLine = new byte[json.Length + 1];
            json.CopyTo(withNewLine, 0);
            withNewLine[json.Length] = (byte)'\n';
            InputFiles.WriteAllBytesAtomically(target, withNewLine);
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return console.Fail(ExitCodes.UsageOrIO, $"{target}: cannot write: {ex.Message}");
        }
    }

    private static int RunOne(CliConsole console, FileJob job, Func<FileJob, int> doOne)
    {
        try
        {
            return doOne(job);
        }
#pragma warning disable CA1031 // One file that trips a bug must not stop the batch: it is reported, with exit code 3.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return console.Fail(ExitCodes.InternalError, $"{job.Path}: internal error: {ex.GetType().Name}: {ex.Message} (a bug in iiif; please report it with this file).");
        }
    }
}
