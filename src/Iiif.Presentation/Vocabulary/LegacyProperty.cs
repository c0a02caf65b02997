namespace Iiif.Presentation.Vocabulary;

/// <summary>A property name of Presentation 2.x or of a 3.0 draft, with the 3.0 property that replaces it.</summary>
/// <remarks>The instances are in <see cref="LegacyProperties"/>. Immutable.</remarks>
internal sealed class LegacyProperty
{
    /// <summary>Initializes a legacy property.</summary>
    /// <param name="name">The legacy JSON name.</param>
    /// <param name="replacement">The 3.0 property that says what it said.</param>
    /// <param name="alternative">Another 3.0 property that may say it instead, if any.</param>
    /// <param name="remark">How the 3.0 document says it differently, if it does.</param>
    public LegacyProperty(string name, IiifProperty replacement, IiifProperty? alternative = null, string? remark = null)
    {
        Name = name;
        Replacement = replacement;
        Alternative = alternative;
        Remark = remark;
    }

    /// <summary>Gets the legacy JSON name.</summary>
    public string Name { get; }

    /// <summary>Gets the 3.0 property that says what the legacy one said.</summary>
    public IiifProperty Replacement { get; }

    /// <summary>Gets another 3.0 property that may say it instead (a 2.x <c>description</c> may become
    /// <c>metadata</c>), or <see langword="null"/>.</summary>
    public IiifProperty? Alternative { get; }

    /// <summary>Gets how the 3.0 document says it differently, or <see langword="null"/>.</summary>
    public string? Remark { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
