using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Iiif.Presentation.Testing.Scrubbing;

namespace Iiif.Presentation.Testing;

/// <summary>
/// Checks JSON output against a reviewed snapshot file, for tests in any framework: a mismatch throws an
/// <see cref="IiifSnapshotMismatchException"/> whose message is the semantic diff.
/// </summary>
/// <remarks>
/// <para>
/// The files follow Verify's conventions: the reviewed snapshot is <c>Name.verified.json</c>, and the output
/// of a failed run is written beside it as <c>Name.received.json</c> (git-ignore <c>*.received.json</c>); to
/// accept it, rename it. <see cref="PathFor"/> names the file after the test, as Verify does.
/// </para>
/// <para>
/// The snapshot is the JSON followed by one line feed, <c>\r\n</c> line ends written as <c>\n</c>, and it must
/// equal the verified file byte for byte: a change of key order, layout or shape fails even where the
/// diff finds the same JSON (the message then says so). Keep the files with <c>\n</c> line ends
/// (<c>*.verified.json text eol=lf</c> in <c>.gitattributes</c>).
/// </para>
/// <para>
/// A missing snapshot fails too, and is never accepted silently: the output is written as
/// <c>.received.json</c> for review. A continuous integration build (see
/// <see cref="IiifSnapshotOptions.ContinuousIntegration"/>) writes no file at all. Outside one, setting
/// <see cref="UpdateVariable"/> to <c>1</c> accepts the output as the new snapshot, for a review of the
/// change in version control.
/// </para>
/// <para>All members are thread-safe; two tests must not share a snapshot file.</para>
/// </remarks>
public static class IiifSnapshot
{
    /// <summary>The environment variable that, set to <c>1</c> outside a continuous integration build,
    /// writes the output as the verified snapshot instead of failing.</summary>
    public const string UpdateVariable = "IIIF_UPDATE_SNAPSHOTS";

    private const string VerifiedSuffix = ".verified.json";
    private const string ReceivedSuffix = ".received.json";

    private static readonly string[] s_ciVariables =
    [
        "CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "JENKINS_URL", "TEAMCITY_VERSION", "BUILDKITE",
        "APPVEYOR", "TRAVIS", "CIRCLECI", "BITBUCKET_BUILD_NUMBER", "CODEBUILD_BUILD_ID",
    ];

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Checks a resource's canonical JSON (<see cref="IiifJson.SerializeToUtf8Bytes"/>) against a snapshot.</summary>
    /// <param name="resource">The resource to check.</param>
    /// <param name="snapshotPath">The path of the <c>.verified.json</c> file, such as <see cref="PathFor"/> gives.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="IiifSnapshotMismatchException">The snapshot is missing or differs; the message says how.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> or <paramref name="snapshotPath"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="snapshotPath"/> does not end with <c>.verified.json</c>.</exception>
    public static void Match(IiifResource resource, string snapshotPath, IiifSnapshotOptions? options = null)
    {
        Guard.NotNull(resource, nameof(resource));

        options ??= IiifSnapshotOptions.Default;
        MatchCore(IiifJson.SerializeToUtf8Bytes(resource, options.WriteOptions), snapshotPath, options);
    }

    /// <summary>Checks JSON text, as a system wrote it, against a snapshot.</summary>
    /// <param name="json">The JSON text; it is compared as written (only line ends are normalised), so key
    /// order and layout count. Text after the JSON value (such as <c>//</c> comment lines) is kept.</param>
    /// <param name="snapshotPath">The path of the <c>.verified.json</c> file, such as <see cref="PathFor"/> gives.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="IiifSnapshotMismatchException">The snapshot is missing or differs; the message says how.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="snapshotPath"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="snapshotPath"/> does not end with <c>.verified.json</c>,
    /// or scrubbers are given and <paramref name="json"/> is not JSON.</exception>
    public static void Match(string json, string snapshotPath, IiifSnapshotOptions? options = null)
    {
        Guard.NotNull(json, nameof(json));

        MatchCore(s_utf8.GetBytes(json), snapshotPath, options ?? IiifSnapshotOptions.Default);
    }

    /// <summary>Checks JSON text given as UTF-8 bytes, as a system wrote it, against a snapshot.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8; compared as written (only line ends are normalised and a
    /// byte order mark is dropped).</param>
    /// <param name="snapshotPath">The path of the <c>.verified.json</c> file, such as <see cref="PathFor"/> gives.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="IiifSnapshotMismatchException">The snapshot is missing or differs; the message says how.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="snapshotPath"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="snapshotPath"/> does not end with <c>.verified.json</c>,
    /// or scrubbers are given and <paramref name="utf8Json"/> is not JSON.</exception>
    public static void Match(ReadOnlySpan<byte> utf8Json, string snapshotPath, IiifSnapshotOptions? options = null)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8Json.StartsWith(bom))
        {
            utf8Json = utf8Json.Slice(bom.Length);
        }

        MatchCore(utf8Json.ToArray(), snapshotPath, options ?? IiifSnapshotOptions.Default);
    }

    /// <summary>
    /// Gives the snapshot path of the calling test, by Verify's convention: <c>{Class}.{Method}.verified.json</c>,
    /// or <c>{Class}.{Method}_{name}.verified.json</c>, in the folder of the test's source file, where
    /// <c>{Class}</c> is that file's name.
    /// </summary>
    /// <param name="name">A name that tells apart the snapshots of one test method (a test case's argument), or
    /// <see langword="null"/>.</param>
    /// <param name="sourceFilePath">Filled in by the compiler: the caller's source file.</param>
    /// <param name="memberName">Filled in by the compiler: the calling method.</param>
    /// <returns>The full path of the <c>.verified.json</c> file, which may not exist yet.</returns>
    /// <exception cref="FileNotFoundException">The source file is not on this machine, even under a folder above
    /// the working directory or the test assembly (where a deterministic build's <c>/_/</c> paths are looked for).</exception>
    public static string PathFor(
        string? name = null,
        [CallerFilePath] string sourceFilePath = "",
        [CallerMemberName] string memberName = "")
    {
        string source = SourceFiles.Locate(sourceFilePath);
        string directory = Path.GetDirectoryName(source)!;
        string stem = Path.GetFileNameWithoutExtension(source) + "." + memberName + (name is null ? string.Empty : "_" + name);
        return Path.Combine(directory, stem + VerifiedSuffix);
    }

    private static void MatchCore(byte[] output, string snapshotPath, IiifSnapshotOptions options)
    {
        Guard.NotNull(snapshotPath, nameof(snapshotPath));

        if (!snapshotPath.EndsWith(VerifiedSuffix, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"A snapshot file's name ends with {VerifiedSuffix}, as Verify names it: {snapshotPath}", nameof(snapshotPath));
        }

        string receivedPath = snapshotPath.Substring(0, snapshotPath.Length - VerifiedSuffix.Length) + ReceivedSuffix;
        byte[] received = Normalize(Scrub(output, options));

        byte[]? verified = File.Exists(snapshotPath) ? File.ReadAllBytes(snapshotPath) : null;
        if (verified is not null && verified.AsSpan().SequenceEqual(received))
        {
            File.Delete(receivedPath); // a stale one from an earlier failure; no error when there is none
            return;
        }

        string? ciVariable = ContinuousIntegrationVariable(options);
        bool ci = options.ContinuousIntegration ?? ciVariable is not null;
        if (!ci && options.EnvironmentVariableReader(UpdateVariable) == "1")
        {
            CreateFolderOf(snapshotPath);
            File.WriteAllBytes(snapshotPath, received);
            File.Delete(receivedPath);
            return;
        }

        string? written = null;
        if (!ci)
        {
            CreateFolderOf(receivedPath); // a first snapshot may go in a folder not made yet
            File.WriteAllBytes(receivedPath, received);
            written = receivedPath;
        }

        string ciReason = ciVariable is null ? "this is a continuous integration build" : $"this is a continuous integration build ({ciVariable} is set)";
        if (verified is null)
        {
            string message = written is null
                ? $"There is no snapshot {snapshotPath}. Nothing was written, since {ciReason}: make the snapshot locally, review it and commit it."
                : $"There is no snapshot {snapshotPath}. Review the output written to {written} and accept it by renaming it to {Path.GetFileName(snapshotPath)} (or run with {UpdateVariable}=1).";
            throw new IiifSnapshotMismatchException(message, snapshotPath, written, differences: null) { IsMissing = true };
        }

        IiifDiffResult? differences = Compare(verified, received);
        var text = new StringBuilder();
        text.Append("The output differs from the snapshot ").Append(snapshotPath).Append('.');
        text.Append(written is null ? $" Nothing was written, since {ciReason}." : $" The output is in {written}; to accept it, rename it to {Path.GetFileName(snapshotPath)}.");
        text.Append('\n');
        if (differences is null)
        {
            text.Append("The texts are not both JSON, so they were compared as lines.\n");
        }
        else if (differences.IsSame)
        {
            text.Append("The JSON is the same: only key order or formatting differs, which a snapshot does not allow.\n");
        }
        else
        {
            text.Append(differences).Append('\n');
        }

        text.Append(FirstDifferentLine(verified, received));
        throw new IiifSnapshotMismatchException(text.ToString(), snapshotPath, written, differences);
    }

    private static void CreateFolderOf(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    private static byte[] Scrub(byte[] output, IiifSnapshotOptions options)
    {
        try
        {
            return JsonScrubber.Scrub(output, options.Scrubbers);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("The output is not JSON, so it cannot be scrubbed: " + ex.Message, ex);
        }
    }

    /// <summary>Writes <c>\r\n</c> as <c>\n</c> and ends the text with one <c>\n</c>.</summary>
    private static byte[] Normalize(byte[] text)
    {
        var result = new List<byte>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\r' && i + 1 < text.Length && text[i + 1] == (byte)'\n')
            {
                continue;
            }

            result.Add(text[i]);
        }

        if (result.Count == 0 || result[result.Count - 1] != (byte)'\n')
        {
            result.Add((byte)'\n');
        }

        return [.. result];
    }

    private static IiifDiffResult? Compare(byte[] verified, byte[] received)
    {
        try
        {
            return IiifDiff.Compare(verified, received);
        }
        catch (IiifJsonException)
        {
            return null; // not JSON (or JSON with comments): the line comparison below still says where
        }
    }

    private static string FirstDifferentLine(byte[] verified, byte[] received)
    {
        string[] expected = Encoding.UTF8.GetString(verified).Split('\n');
        string[] actual = Encoding.UTF8.GetString(received).Split('\n');
        for (int i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            string e = i < expected.Length ? expected[i] : "(end of file)";
            string a = i < actual.Length ? actual[i] : "(end of file)";
            if (!string.Equals(e, a, StringComparison.Ordinal))
            {
                return $"First different line, {i + 1}:\n  verified: {e}\n  received: {a}";
            }
        }

        return "The files differ only in line ends.";
    }

    private static string? ContinuousIntegrationVariable(IiifSnapshotOptions options) =>
        s_ciVariables.FirstOrDefault(name => options.EnvironmentVariableReader(name) is { Length: > 0 } value
            && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(value, "0", StringComparison.Ordinal));
}
