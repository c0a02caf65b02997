using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Iiif.Presentation.Tests.Support;

/// <summary>A file of the shared corpus: its full path and its path relative to the corpus.</summary>
public sealed record CorpusFile(string FullPath, string RelativePath)
{
    public override string ToString() => RelativePath;
}

/// <summary>
/// Finds the shared corpus (<c>../shared/corpus</c>) that the tests read in place.
/// </summary>
/// <remarks>
/// <c>IIIF_CORPUS</c> names the folder when set (CI sets it; a relative path is taken from the repository
/// root); then a missing folder is an error, so a
/// broken setup can never pass with zero cases. Otherwise the folder is looked for beside the
/// repository; if it is not there either, corpus tests are reported as ignored with the reason.
/// </remarks>
public static class CorpusFiles
{
    public const string EnvironmentVariable = "IIIF_CORPUS";

    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>Gets the corpus folder, or <see langword="null"/> when it is not configured and not found.</summary>
    /// <exception cref="DirectoryNotFoundException"><c>IIIF_CORPUS</c> is set but the folder is missing.</exception>
    public static string? Root => s_root.Value;

    /// <summary>Gets a file of the corpus by its relative path.</summary>
    public static string Path(string relativePath)
    {
        string root = Root ?? throw new IgnoreException(MissingReason);
        return System.IO.Path.Combine(root, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));
    }

    /// <summary>Lists the <c>*.json</c> files under a corpus folder, in a stable order.</summary>
    public static IReadOnlyList<CorpusFile> Files(string folder)
    {
        string root = Root ?? throw new IgnoreException(MissingReason);
        string directory = System.IO.Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The corpus has no folder '{folder}' (looked in {directory}).");
        }

        var files = Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Select(f => new CorpusFile(f, System.IO.Path.GetRelativePath(root, f).Replace('\\', '/')))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"The corpus folder '{folder}' holds no JSON files.");
        }

        return files;
    }

    /// <summary>
    /// Turns corpus files into test cases; when the corpus is not available (and not required) yields
    /// one ignored case that says why, instead of silently yielding none.
    /// </summary>
    public static IEnumerable<TestCaseData> Cases(params string[] folders)
    {
        if (Root is null)
        {
            yield return new TestCaseData(new CorpusFile(string.Empty, "(corpus not found)")).Ignore(MissingReason);
            yield break;
        }

        foreach (string folder in folders)
        {
            foreach (CorpusFile file in Files(folder))
            {
                yield return new TestCaseData(file);
            }
        }
    }

    public static string MissingReason =>
        $"The shared corpus was not found beside the repository and {EnvironmentVariable} is not set.";

    private static string? FindRoot()
    {
        string? repositoryRoot = null;
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Iiif.Presentation.sln")))
            {
                repositoryRoot = dir.FullName;
                break;
            }
        }

        return Locate(Environment.GetEnvironmentVariable(EnvironmentVariable), repositoryRoot);
    }

    /// <summary>Finds the corpus from the configured path (if any) and the repository root (if known).</summary>
    /// <exception cref="DirectoryNotFoundException">A path is configured and there is no folder there.</exception>
    public static string? Locate(string? configured, string? repositoryRoot)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            // A relative path is taken from the repository root, where the test command runs.
            string full = System.IO.Path.GetFullPath(configured, repositoryRoot ?? Environment.CurrentDirectory);
            if (!Directory.Exists(full))
            {
                throw new DirectoryNotFoundException(
                    $"{EnvironmentVariable} is set to '{configured}' ({full}), but there is no such folder.");
            }

            return full;
        }

        if (repositoryRoot is null)
        {
            return null;
        }

        string beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(repositoryRoot, "..", "shared", "corpus"));
        return Directory.Exists(beside) ? beside : null;
    }
}
