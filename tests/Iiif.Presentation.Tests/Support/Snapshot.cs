using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace Iiif.Presentation.Tests.Support;

/// <summary>
/// Compares output with a reviewed snapshot, following Verify's file convention so that moving to
/// Verify later is a one-line change: <c>{Class}.{Method}[_{name}].verified.json</c> beside the test's
/// source file, and a git-ignored <c>.received.json</c> written on a mismatch.
/// </summary>
/// <remarks>
/// Snapshots are compared byte for byte (the repository stores them with <c>\n</c> line ends). A missing
/// or different snapshot fails the test and shows the first differing line. Setting
/// <c>IIIF_UPDATE_SNAPSHOTS=1</c> accepts the received output instead; CI never sets it, and an
/// accepted snapshot is reviewed in the diff like code.
/// </remarks>
public static class Snapshot
{
    public const string UpdateVariable = "IIIF_UPDATE_SNAPSHOTS";

    public static void Match(
        string actual,
        string? name = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        sourceFile = LocateSource(sourceFile);
        string directory = Path.GetDirectoryName(sourceFile)
            ?? throw new InvalidOperationException("The test's source folder is unknown.");
        string className = Path.GetFileNameWithoutExtension(sourceFile);
        string stem = Path.Combine(directory, $"{className}.{method}{(name is null ? string.Empty : "_" + name)}");
        MatchFile(actual, stem + ".verified.json", stem + ".received.json");
    }

    /// <summary>
    /// Compares output with a reviewed file at a given path, with the same rules as <see cref="Match"/>:
    /// byte for byte after <c>\r\n</c> becomes <c>\n</c> and a final line end is added; a mismatch writes
    /// <paramref name="receivedPath"/> and fails with the first differing line; <c>IIIF_UPDATE_SNAPSHOTS=1</c>
    /// rewrites <paramref name="verifiedPath"/>. Used for generated files the repository ships, such as
    /// <c>docs/rules.md</c>.
    /// </summary>
    public static void MatchFile(string actual, string verifiedPath, string receivedPath)
    {
        string normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalized.EndsWith('\n'))
        {
            normalized += "\n";
        }

        string? verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath, Encoding.UTF8) : null;
        if (verified == normalized)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(verifiedPath, normalized, new UTF8Encoding(false));
            return;
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
        Assert.Fail(verified is null
            ? $"No snapshot yet: review {receivedPath} and accept it (rename it to {Path.GetFileName(verifiedPath)}, or run with {UpdateVariable}=1)."
            : $"The output differs from {Path.GetFileName(verifiedPath)}; see {receivedPath}. {FirstDifference(verified, normalized)}");
    }

    /// <summary>
    /// Finds the test's source file on disk. A CI build (<c>ContinuousIntegrationBuild</c>) maps source paths
    /// to <c>/_/…</c> for deterministic output, so a mapped path is resolved under the repository root.
    /// </summary>
    internal static string LocateSource(string sourceFile)
    {
        if (File.Exists(sourceFile))
        {
            return sourceFile;
        }

        string normalized = sourceFile.Replace('\\', '/');
        if (normalized.StartsWith("/_", StringComparison.Ordinal))
        {
            int slash = normalized.IndexOf('/', 1);
            if (slash > 0)
            {
                string candidate = RepositoryFiles.Path(normalized[(slash + 1)..]);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"The test's source file {sourceFile} was not found, so its snapshots cannot be located.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "(end of file)";
            string al = i < a.Length ? a[i] : "(end of file)";
            if (el != al)
            {
                return $"First difference at line {i + 1}:\n  verified: {el}\n  received: {al}";
            }
        }

        return "The files differ only in line ends.";
    }
}
