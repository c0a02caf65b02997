namespace Iiif.Presentation.Testing;

/// <summary>Options for <see cref="IiifSnapshot"/>: how a resource is written, what is scrubbed, and how a
/// continuous integration build is recognised.</summary>
/// <remarks>
/// <para>The defaults write indented canonical JSON, scrub nothing, and read the process environment.</para>
/// <para>Not thread-safe while being changed; an instance that is no longer changed can be shared, for
/// example as a <see langword="static readonly"/> field of a test class.</para>
/// </remarks>
public sealed class IiifSnapshotOptions
{
    private List<IiifScrubber>? _scrubbers;

    internal static IiifSnapshotOptions Default { get; } = new();

    /// <summary>Gets or sets how a resource is written, or <see langword="null"/> for
    /// <see cref="IiifJson"/>'s defaults (indented).</summary>
    /// <remarks>Used by <see cref="IiifSnapshot.Match(IiifResource, string, IiifSnapshotOptions?)"/> only:
    /// JSON given as text is compared as it was written.</remarks>
    public IiifWriteOptions? WriteOptions { get; set; }

    /// <summary>Gets the scrubbers applied, in order, before the comparison; each scrubbed value becomes a
    /// placeholder <c>{Scrubbed:1}</c>, <c>{Scrubbed:2}</c>…, the same value always the same placeholder.</summary>
    /// <remarks>Built-in ones are static members of <see cref="IiifScrubber"/>, such as
    /// <see cref="IiifScrubber.Guids"/> and <see cref="IiifScrubber.NavDates"/>.</remarks>
    public IList<IiifScrubber> Scrubbers => _scrubbers ??= [];

    /// <summary>Gets or sets whether this run is a continuous integration build, which never writes a
    /// <c>.received.json</c> file and never accepts a snapshot; <see langword="null"/> (the default) decides
    /// from the environment variables <c>CI</c>, <c>TF_BUILD</c>, <c>GITHUB_ACTIONS</c>, <c>GITLAB_CI</c>,
    /// <c>JENKINS_URL</c>, <c>TEAMCITY_VERSION</c>, <c>BUILDKITE</c>, <c>APPVEYOR</c>, <c>TRAVIS</c>,
    /// <c>CIRCLECI</c>, <c>BITBUCKET_BUILD_NUMBER</c> and <c>CODEBUILD_BUILD_ID</c>.</summary>
    /// <remarks>A variable counts when it is set to anything but an empty string, <c>false</c> or <c>0</c>.</remarks>
    public bool? ContinuousIntegration { get; set; }

    /// <summary>Gets or sets how an environment variable is read: <see cref="Environment.GetEnvironmentVariable(string)"/>
    /// by default. Tests of a test helper can pass a dictionary's lookup instead of changing the process.</summary>
    /// <remarks>Read for <see cref="ContinuousIntegration"/> when it is <see langword="null"/>, and for
    /// <see cref="IiifSnapshot.UpdateVariable"/>.</remarks>
    public Func<string, string?> EnvironmentVariableReader { get; set; } = Environment.GetEnvironmentVariable;
}
