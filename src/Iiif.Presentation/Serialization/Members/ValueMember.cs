using System;
using System.Text.Json;
using Iiif.Presentation.Serialization.Reading;
using Iiif.Presentation.Serialization.Writing;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A property that holds one value of a class (a string, a language map, a resource, …).</summary>
/// <typeparam name="TOwner">The class that holds the property.</typeparam>
/// <typeparam name="T">The value's class.</typeparam>
internal sealed class ValueMember<TOwner, T> : Member<TOwner>
    where TOwner : class
    where T : class
{
    private readonly Codec<T> _codec;
    private readonly Func<TOwner, T?> _get;
    private readonly Action<TOwner, T?> _set;
    private readonly Func<Slot, Slot>? _slotIn;

    /// <summary>Initializes the member.</summary>
    /// <param name="property">The property.</param>
    /// <param name="codec">Reads and writes the value.</param>
    /// <param name="get">Gets the value.</param>
    /// <param name="set">Sets the value.</param>
    /// <param name="slot">Where a resource value sits.</param>
    /// <param name="slotIn">Where a resource value sits, given where its owner sits, when that decides it.</param>
    public ValueMember(IiifProperty property, Codec<T> codec, Func<TOwner, T?> get, Action<TOwner, T?> set, Slot slot = Slot.Any, Func<Slot, Slot>? slotIn = null)
        : base(property, slot)
    {
        _codec = codec;
        _get = get;
        _set = set;
        _slotIn = slotIn;
    }

    /// <inheritdoc/>
    public override bool HoldsResources { get; } = typeof(IiifResource).IsAssignableFrom(typeof(T));

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

        if (!_codec.TryRead(ref reader, _slotIn?.Invoke(ownerSlot) ?? Slot, out T? value))
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

    /// <inheritdoc/>
    public override void VisitResources(TOwner owner, IResourceVisitor visitor)
    {
        if (_get(owner) is IiifResource child)
        {
            visitor.Visit(Property, child, -1);
        }
    }
}
