using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A property that holds one value: read, written and visited the same way whether the value is
/// an object (<see cref="ValueMember{TOwner, T}"/>) or a struct kept nullable (<see cref="NullableMember{TOwner, T}"/>).</summary>
/// <typeparam name="TOwner">The class that holds the property.</typeparam>
/// <typeparam name="T">The value's type.</typeparam>
internal abstract class SingleMember<TOwner, T> : Member<TOwner>
    where TOwner : class
{
    private readonly Codec<T> _codec;

    /// <summary>Initializes the member.</summary>
    /// <param name="property">The property.</param>
    /// <param name="codec">Reads and writes the value.</param>
    /// <param name="slot">Where a resource value sits.</param>
    protected SingleMember(IiifProperty property, Codec<T> codec, Slot slot)
        : base(property, slot, typeof(T))
    {
        _codec = codec;
    }

    /// <inheritdoc/>
    public override bool IsSet(TOwner owner) => TryGet(owner, out _);

    /// <inheritdoc/>
    public override bool Read(ref Utf8JsonReader reader, TOwner owner, IiifProperty key, Slot ownerSlot)
    {
        if (TryGet(owner, out _))
        {
            ThrowDuplicate(key);
        }

        if (!_codec.TryRead(ref reader, SlotIn(ownerSlot), out T? value))
        {
            return false;
        }

        Set(owner, value);
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TOwner owner, ref WriteState state)
    {
        if (!TryGet(owner, out T? value))
        {
            state.WriteRaw(writer, Property);
            return;
        }

        writer.WritePropertyName(Property.EncodedName);
        _codec.Write(writer, value, Property);
        state.Add(Property);
    }

    /// <summary>Gets the value, if the instance has one.</summary>
    protected abstract bool TryGet(TOwner owner, [MaybeNullWhen(false)] out T value);

    /// <summary>Sets the value read.</summary>
    protected abstract void Set(TOwner owner, T value);

    /// <summary>Returns where a resource value sits, given where its owner sits.</summary>
    protected virtual Slot SlotIn(Slot ownerSlot) => Slot;
}
