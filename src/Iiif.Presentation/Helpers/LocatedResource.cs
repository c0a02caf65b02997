using System.Diagnostics;

namespace Iiif.Presentation;

/// <summary>
/// Represents a resource found in a document, with the JSON Pointer at which <see cref="IiifJson"/>
/// writes it.
/// </summary>
/// <remarks>
/// <para>Made by <see cref="ResourceTraversalExtensions.EnumerateResources(IiifResource)"/>. The pointer
/// (<see href="https://www.rfc-editor.org/rfc/rfc6901"/>) is relative to the resource the walk started
/// from, whose own pointer is the empty string.</para>
/// <para>Immutable; the resource it points at is not.</para>
/// </remarks>
[DebuggerDisplay("{JsonPointer}: {Resource}")]
public sealed class LocatedResource
{
    internal LocatedResource(IiifResource resource, string pointer, LocatedResource? parent, string? property)
    {
        Resource = resource;
        JsonPointer = pointer;
        Parent = parent;
        Property = property;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    /// <summary>Gets the resource.</summary>
    public IiifResource Resource { get; }

    /// <summary>Gets the JSON Pointer of the resource, such as <c>/items/0/items/0/items/0/body</c>;
    /// the empty string for the resource the walk started from.</summary>
    /// <remarks>An array index appears only where the property is written as an array: a lone value
    /// kept as read (<see cref="OneOrMany{T}.IsSingleValue"/>) has none, like <c>/body</c> above. A
    /// resource kept as a bare URI string (<see cref="IiifResource.IsUriString"/>) is found at its
    /// pointer as that string.</remarks>
    public string JsonPointer { get; }

    /// <summary>Gets the entry of the resource that holds this one, or <see langword="null"/> for the
    /// resource the walk started from.</summary>
    public LocatedResource? Parent { get; }

    /// <summary>Gets the JSON name of the property of <see cref="Parent"/> that holds the resource, such
    /// as <c>items</c> or <c>body</c>; <see langword="null"/> for the resource the walk started from.</summary>
    public string? Property { get; }

    /// <summary>Gets how many resources hold this one: 0 for the resource the walk started from.</summary>
    public int Depth { get; }

    /// <summary>Returns the pointer and the resource, for debugging.</summary>
    /// <returns>The pointer and the resource.</returns>
    public override string ToString() => $"{JsonPointer}: {Resource}";
}
