using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A property that holds one value of a class (a string, a language map, a resource, …).</summary>
/// <typeparam name="TOwner">The class that holds the property.</typeparam>
/// <typeparam name="T">The value's class.</typeparam>
/// <param name="property">The property.</param>
/// <param name="codec">Reads and writes the value.</param>
/// <param name="get">Gets the value.</param>
/// <param name="set">Sets the value.</param>
/// <param name="slot">Where a resource value sits.</param>
/// <param name="slotIn">Where a resource value sits, given where its owner sits, when that decides it.</param>
/// <param name="visited">Whether the traversal visits a resource value as a child resource; a navPlace's
/// FeatureCollection, GeoJSON rather than a IIIF resource of the document, is not.</param>
internal sealed class ValueMember<TOwner, T>(
    IiifProperty property, Codec<T> codec, Func<TOwner, T?> get, Action<TOwner, T?> set, Slot slot = Slot.Any, Func<Slot, Slot>? slotIn = null,
    bool visited = true)
    : SingleMember<TOwner, T>(property, codec, slot)
    where TOwner : class
    where T : class
{
    /// <inheritdoc/>
    public override bool HoldsResources { get; } = visited && typeof(IiifResource).IsAssignableFrom(typeof(T));

    /// <inheritdoc/>
    public override void VisitResources(TOwner owner, IResourceVisitor visitor)
    {
        if (get(owner) is IiifResource child)
        {
            visitor.Visit(Property, child, -1);
        }
    }

    /// <inheritdoc/>
    protected override bool TryGet(TOwner owner, [MaybeNullWhen(false)] out T value) => (value = get(owner)) is not null;

    /// <inheritdoc/>
    protected override void Set(TOwner owner, T value) => set(owner, value);

    /// <inheritdoc/>
    protected override Slot SlotIn(Slot ownerSlot) => slotIn?.Invoke(ownerSlot) ?? Slot;
}
