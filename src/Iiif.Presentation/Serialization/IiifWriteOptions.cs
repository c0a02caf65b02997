namespace Iiif.Presentation;

/// <summary>Options for writing IIIF JSON with <see cref="IiifJson"/>.</summary>
/// <remarks>Create one, set it up, then share it: writing never changes it, so it is safe to use from
/// many threads once set up.</remarks>
public sealed class IiifWriteOptions
{
    /// <summary>
    /// Gets or sets whether the JSON is indented, two spaces a level with <c>\n</c> line ends, as is the
    /// default; <see langword="false"/> writes it on one line with no whitespace.
    /// </summary>
    public bool Indented { get; set; } = true;

    internal static IiifWriteOptions Default { get; } = new();
}
