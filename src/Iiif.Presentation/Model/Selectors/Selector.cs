namespace Iiif.Presentation;

/// <summary>
/// Represents a selector: how a <see cref="SpecificResource"/> chooses a part of its source. Selectors
/// of types this library does not know are read as this class, with their properties in
/// <see cref="ExtensionData"/>.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://www.w3.org/TR/annotation-model/#selectors"/> and
/// <see href="https://iiif.io/api/annex/openannotation/"/>.</para>
/// <para>Not thread-safe for writes; concurrent reads of an unchanging instance are safe.</para>
/// </remarks>
public class Selector : IJsonObject
{
    internal ExtensionDataCollection? Extensions;
    internal OneOrMany<Selector>? RefinedByList;

    /// <summary>Initializes a selector of a given type.</summary>
    /// <param name="type">The <c>type</c>; <see langword="null"/> for none.</param>
    public Selector(string? type)
    {
        Type = type;
    }

    /// <summary>Gets or sets the type of the selector (<c>type</c>), as read or as the class sets it.</summary>
    public string? Type { get; set; }

    /// <summary>Gets the selectors that choose a part of what this one selects (<c>refinedBy</c>), usually one.</summary>
    /// <remarks>Spec: <see href="https://www.w3.org/TR/annotation-model/#refinement-of-selection"/>.</remarks>
    public IList<Selector> RefinedBy => RefinedByList ??= new OneOrMany<Selector>();

    /// <summary>Gets the properties the model has no typed member for, in the order read.</summary>
    public ExtensionDataCollection ExtensionData => Extensions ??= new ExtensionDataCollection();

    /// <inheritdoc/>
    ExtensionDataCollection? IJsonObject.Extensions
    {
        get => Extensions;
        set => Extensions = value;
    }

    /// <summary>Returns the type, for debugging.</summary>
    /// <returns>The type.</returns>
    public override string ToString() => Type ?? GetType().Name;

    /// <summary>Gets the properties of the selector's class in canonical order.</summary>
    internal virtual Shape<Selector> Shape => ValueShapes.Selector;
}
