namespace Iiif.Presentation.Vocabulary;

/// <summary>A property name of Presentation 2.x or of a 3.0 draft, with the 3.0 property that replaces it.</summary>
/// <remarks>The instances are in <see cref="LegacyProperties"/>. Immutable.</remarks>
/// <param name="Name">The legacy JSON name.</param>
/// <param name="Replacement">The 3.0 property that says what the legacy one said.</param>
/// <param name="Alternative">Another 3.0 property that may say it instead (a 2.x <c>description</c> may become
/// <c>metadata</c>), or <see langword="null"/>.</param>
/// <param name="Remark">How the 3.0 document says it differently, or <see langword="null"/>.</param>
internal sealed record LegacyProperty(string Name, IiifProperty Replacement, IiifProperty? Alternative = null, string? Remark = null)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
