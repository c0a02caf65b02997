using System;
using System.IO;

namespace Iiif.Presentation.Cli;

/// <summary>Reads inputs (a path, or <c>-</c> for standard input) and writes outputs whole or not at all.</summary>
internal static class InputFiles
{
    public const string StandardStream = "-";

    /// <summary>Reads a whole input as bytes.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
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
