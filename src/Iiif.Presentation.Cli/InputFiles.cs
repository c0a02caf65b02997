using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Iiif.Presentation.Cli;

/// <summary>Reads inputs (a path, or <c>-</c> for standard input) and writes outputs whole or not at all.</summary>
internal static class InputFiles
{
    public const string StandardStream = "-";

    /// <summary>How long opening an input that is not a regular file (a named pipe) may take.</summary>
    private static readonly TimeSpan s_specialFileOpenTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Turns command-line paths into files: files as given (their relative path is their name), folders
    /// searched for <c>*.json</c> in a stable order (their relative path is the one below the folder), and
    /// <c>-</c> for standard input. On a missing path or an unreadable folder, reports it and returns
    /// <see langword="null"/>.
    /// </summary>
    /// <remarks>
    /// A folder's listing holds what is not a folder, so a dangling link is listed, and then fails to read
    /// like any other unreadable file: the batch reports it and goes on.
    /// </remarks>
    public static List<(string Path, string Relative)>? Expand(CliConsole console, string[] paths)
    {
        var files = new List<(string Path, string Relative)>();
        foreach (string path in paths)
        {
            if (path == StandardStream)
            {
                files.Add((path, "stdin.json"));
            }
            else if (File.Exists(path))
            {
                files.Add((path, System.IO.Path.GetFileName(path)));
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories)
                        .OrderBy(f => f, StringComparer.Ordinal)
                        .Select(f => (f, System.IO.Path.GetRelativePath(path, f))));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    console.Fail(ExitCodes.UsageOrIO, $"{path}: cannot list the folder: {ex.Message}");
                    return null;
                }
            }
            else
            {
                console.Fail(ExitCodes.UsageOrIO, $"{path}: no such file or folder.");
                return null;
            }
        }

        return files;
    }

    /// <summary>Reads a whole input as bytes.</summary>
    /// <exception cref="IOException">
    /// The file cannot be read: it is gone, is a folder, is over 2 GB, or is a named pipe nobody writes to.
    /// </exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] ReadAllBytes(string path)
    {
        if (path == StandardStream)
        {
            using Stream stdin = Console.OpenStandardInput();
            using var copy = new MemoryStream();
            stdin.CopyTo(copy);
            return copy.ToArray();
        }

        if (!OperatingSystem.IsWindows() && new FileInfo(path) is { Exists: true, Length: 0 })
        {
            // A named pipe (or a device) has no length, and opening one that nobody writes to waits forever,
            // which would stop a whole batch: give the opening a time limit. A pipe with a writer, such as
            // <(command) in a shell, opens at once and is read to its end.
            using FileStream special = OpenWithTimeout(path);
            using var copy = new MemoryStream();
            special.CopyTo(copy);
            return copy.ToArray();
        }

        return File.ReadAllBytes(path);
    }

    private static FileStream OpenWithTimeout(string path)
    {
        Task<FileStream> open = Task.Factory.StartNew(
            () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            if (open.Wait(s_specialFileOpenTimeout))
            {
                return open.Result;
            }
        }
        catch (AggregateException ex) when (ex.InnerException is IOException or UnauthorizedAccessException)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException);
        }

        // The thread stays blocked until someone writes to the pipe; then the file it opened is closed.
        open.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        throw new IOException(
            $"nothing to read within {s_specialFileOpenTimeout.TotalSeconds:0} s: '{path}' is not a regular file (a named pipe nobody writes to?).");
    }

    /// <summary>
    /// Writes a file through a temporary file in the same folder and a rename, so that a crash or an
    /// interruption never leaves a half-written file behind: the target holds its old bytes or the new ones.
    /// </summary>
    /// <remarks>
    /// A target that is a link is followed, so the file it names is replaced and the link stays; a target
    /// that exists keeps its Unix permissions.
    /// </remarks>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteAllBytesAtomically(string path, ReadOnlySpan<byte> bytes)
    {
        string full = Canonical(path);
        string directory = Path.GetDirectoryName(full) ?? ".";
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Returns whether two paths name the same file (following a link to a file).</summary>
    public static bool SameFile(string a, string b) =>
        a != StandardStream && b != StandardStream && string.Equals(Canonical(a), Canonical(b), PathComparison);

    /// <summary>Gets the full path of a file, following it if it is a link; used to compare outputs with inputs.</summary>
    public static string Canonical(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            // A loop of links, or a path that is not there: compare it as written.
            return full;
        }
    }

    /// <summary>Gets how paths compare on this system.</summary>
    public static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Gets a set of paths that compares them as <see cref="PathComparison"/> does.</summary>
    public static HashSet<string> NewPathSet() =>
        new(PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
}
