using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A property that holds one value of a struct (a number, a viewing direction, …), unset as <see langword="null"/>.</summary>
/// <typeparam name="TOwner">The class that holds the property.</typeparam>
/// <typeparam name="T">The value's struct.</typeparam>
/// <param name="property">The property.</param>
/// <param name="codec">Reads and writes the value.</param>
/// <param name="get">Gets the value.</param>
/// <param name="set">Sets the value.</param>
internal sealed class NullableMember<TOwner, T>(IiifProperty property, Codec<T> codec, Func<TOwner, T?> get, Action<TOwner, T?> set)
    : SingleMember<TOwner, T>(property, codec, Slot.Any)
    where TOwner : class
    where T : struct
{
    /// <inheritdoc/>
    protected override bool TryGet(TOwner owner, [MaybeNullWhen(false)] out T value)
    {
        T? stored = get(owner);
        value = stored.GetValueOrDefault();
        return stored.HasValue;
    }

    /// <inheritdoc/>
    protected override void Set(TOwner owner, T value) => set(owner, value);
}
