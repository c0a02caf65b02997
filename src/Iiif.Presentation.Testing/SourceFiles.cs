using System.IO;

namespace Iiif.Presentation.Testing;

/// <summary>Finds a test's source file from the path the compiler recorded.</summary>
internal static class SourceFiles
{
    /// <summary>
    /// Returns the path when the file exists; otherwise, for a deterministic build's mapped path
    /// (<c>/_/tests/…</c>, as <c>ContinuousIntegrationBuild</c> writes it), looks for the rest of the path under
    /// each folder above the working directory and the test assembly.
    /// </summary>
    public static string Locate(string sourceFile)
    {
        if (File.Exists(sourceFile))
        {
            return Path.GetFullPath(sourceFile);
        }

        string normalized = sourceFile.Replace('\\', '/');
        if (normalized.StartsWith("/_", StringComparison.Ordinal))
        {
            int slash = normalized.IndexOf('/', 1);
            if (slash > 0)
            {
                string relative = normalized.Substring(slash + 1).Replace('/', Path.DirectorySeparatorChar);
                foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
                {
                    for (DirectoryInfo? folder = new(start); folder is not null; folder = folder.Parent)
                    {
                        string candidate = Path.Combine(folder.FullName, relative);
                        if (File.Exists(candidate))
                        {
                            return candidate;
                        }
                    }
                }
            }
        }

        throw new FileNotFoundException($"The test's source file {sourceFile} was not found, so its snapshots cannot be located.", sourceFile);
    }
}
