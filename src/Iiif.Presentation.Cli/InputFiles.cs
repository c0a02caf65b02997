using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Iiif.Presentation.Cli;

/// <summary>Reads inputs (a path, or <c>-</c> for standard input) and writes outputs whole or not at all.</summary>
internal static class InputFiles
{
    public const string StandardStream = "-";

    /// <summary>Reads a whole input as bytes.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <summary>
    /// Turns command-line paths into files: files as given (their relative path is their name), folders
    /// searched for <c>*.json</c> in a stable order (their relative path is the one below the folder), and
    /// <c>-</c> for standard input. On a missing path or an unreadable folder, reports it and returns
    /// <see langword="null"/>.
    /// </summary>
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

    public static byte[] ReadAllBytes(string path)
    {
        if (path == StandardStream)
        {
            using Stream stdin = Console.OpenStandardInput();
            using var copy = new MemoryStream();
            stdin.CopyTo(copy);
            return copy.ToArray();
        }

        return File.ReadAllBytes(path);
    }

    /// <summary>
    /// Writes a file through a temporary file in the same folder and a rename, so that a crash or an
    /// interruption never leaves a half-written file behind.
    /// </summary>
    public static void WriteAllBytesAtomically(string path, ReadOnlySpan<byte> bytes)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? ".";
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
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

    /// <summary>Returns whether two paths name the same file.</summary>
    public static bool SameFile(string a, string b) =>
        a != StandardStream && b != StandardStream &&
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
