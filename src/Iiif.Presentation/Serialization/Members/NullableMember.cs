using System;
using System.Text.Json;
using Iiif.Presentation.Serialization.Reading;
using Iiif.Presentation.Serialization.Writing;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A property that holds one value of a struct (a number, a viewing direction, …), unset as <see langword="null"/>.</summary>
/// <typeparam name="TOwner">The class that holds the property.</typeparam>
/// <typeparam name="T">The value's struct.</typeparam>
internal sealed class NullableMember<TOwner, T> : Member<TOwner>
    where TOwner : class
    where T : struct
{
    private readonly Codec<T> _codec;
    private readonly Func<TOwner, T?> _get;
    private readonly Action<TOwner, T?> _set;

    /// <summary>Initializes the member.</summary>
    /// <param name="property">The property.</param>
    /// <param name="codec">Reads and writes the value.</param>
    /// <param name="get">Gets the value.</param>
    /// <param name="set">Sets the value.</param>
    public NullableMember(IiifProperty property, Codec<T> codec, Func<TOwner, T?> get, Action<TOwner, T?> set)
        : base(property, Slot.Any)
    {
        _codec = codec;
        _get = get;
        _set = set;
    }

    /// <inheritdoc/>
    public override Type ValueType => typeof(T);

    /// <inheritdoc/>
    public override bool IsSet(TOwner owner) => _get(owner) is not null;

    /// <inheritdoc/>
    public override bool Read(ref Utf8JsonReader reader, TOwner owner, IiifProperty key, Slot ownerSlot)
    {
        if (_get(owner) is not null)
        {
            ThrowDuplicate(key);
        }

        if (!_codec.TryRead(ref reader, Slot, out T value))
        {
            return false;
        }

        _set(owner, value);
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TOwner owner, ref WriteState state)
    {
        if (_get(owner) is not { } value)
        {
            state.WriteRaw(writer, Property);
            return;
        }

        writer.WritePropertyName(Property.EncodedName);
        _codec.Write(writer, value, Property);
        state.Add(Property);
    }
}
