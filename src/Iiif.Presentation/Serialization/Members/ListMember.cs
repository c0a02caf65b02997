using System.Buffers;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A property that holds a list: an array, or a lone value kept in that shape.</summary>
/// <typeparam name="TOwner">The class that holds the property.</typeparam>
/// <typeparam name="T">The type of an item.</typeparam>
internal sealed class ListMember<TOwner, T> : Member<TOwner>
    where TOwner : class
{
    private readonly Codec<T> _codec;
    private readonly Func<TOwner, OneOrMany<T>?> _get;
    private readonly Action<TOwner, OneOrMany<T>?> _set;

    /// <summary>Initializes the member.</summary>
    /// <param name="property">The property.</param>
    /// <param name="codec">Reads and writes an item.</param>
    /// <param name="get">Gets the list as stored, without creating it.</param>
    /// <param name="set">Sets the list.</param>
    /// <param name="slot">Where a resource item sits.</param>
    /// <param name="visited">Whether the traversal visits resource items as child resources; the Features of a
    /// FeatureCollection, GeoJSON rather than IIIF resources of the document, are not.</param>
    public ListMember(
        IiifProperty property, Codec<T> codec, Func<TOwner, OneOrMany<T>?> get, Action<TOwner, OneOrMany<T>?> set, Slot slot = Slot.Any, bool visited = true)
        : base(property, slot, typeof(T))
    {
        _codec = codec;
        _get = get;
        _set = set;
        HoldsResources = visited && typeof(IiifResource).IsAssignableFrom(typeof(T));
    }

    /// <inheritdoc/>
    public override bool HoldsResources { get; }

    /// <inheritdoc/>
    public override bool IsSet(TOwner owner) => IiifResource.Has(_get(owner));

    /// <inheritdoc/>
    public override bool Read(ref Utf8JsonReader reader, TOwner owner, IiifProperty key, Slot ownerSlot)
    {
        if (_get(owner) is not null)
        {
            ThrowDuplicate(key);
        }

        OneOrMany<T>? list = ReadList(ref reader);
        _set(owner, list);
        return list is not null;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TOwner owner, ref WriteState state)
    {
        OneOrMany<T>? list = _get(owner);
        if (!IiifResource.Has(list))
        {
            state.WriteRaw(writer, Property);
            return;
        }

        writer.WritePropertyName(Property.EncodedName);
        bool single = list!.IsSingleValue && list.Count == 1;
        if (!single)
        {
            writer.WriteStartArray();
        }

        for (int i = 0; i < list.Count; i++)
        {
            T item = list[i];
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                _codec.Write(writer, item, Property);
            }
        }

        if (!single)
        {
            writer.WriteEndArray();
        }

        state.Add(Property);
    }

    /// <inheritdoc/>
    public override void EnsureWritten(TOwner owner)
    {
        OneOrMany<T> list = _get(owner) ?? new OneOrMany<T>();
        list.WriteWhenEmpty = true;
        _set(owner, list);
    }

    /// <inheritdoc/>
    public override void VisitResources(TOwner owner, IResourceVisitor visitor)
    {
        OneOrMany<T>? list = _get(owner);
        if (!IiifResource.Has(list))
        {
            return;
        }

        bool single = list!.IsSingleValue && list.Count == 1;
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is IiifResource child)
            {
                visitor.Visit(Property, child, single ? -1 : i);
            }
        }
    }

    /// <summary>Reads one value, or an array of values; a lone value is remembered as such. Any item of a
    /// shape the model cannot hold leaves the whole value raw.</summary>
    private OneOrMany<T>? ReadList(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            if (!_codec.TryRead(ref reader, Slot, out T? one) || one is null)
            {
                return null;
            }

            var single = new OneOrMany<T> { IsSingleValue = true, WriteWhenEmpty = true };
            single.Add(one);
            return single;
        }

        // The values after the first are gathered in a pooled array and copied once into one of their exact
        // count: a list that grew as it was read would leave the arrays it outgrew behind (half of what a page
        // of annotations allocated for its list), and past 85 KB each on the large object heap.
        Utf8JsonReader start = reader;
        IiifReader.Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return new OneOrMany<T> { WriteWhenEmpty = true };
        }

        if (!_codec.TryRead(ref reader, Slot, out T? first) || first is null)
        {
            reader = start;
            return null;
        }

        T[] rest = [];
        int count = 0;
        try
        {
            while (true)
            {
                IiifReader.Next(ref reader);
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return OneOrMany<T>.FromRead(first, rest, count);
                }

                if (!_codec.TryRead(ref reader, Slot, out T? item) || item is null)
                {
                    reader = start;
                    return null;
                }

                if (count == rest.Length)
                {
                    T[] larger = ArrayPool<T>.Shared.Rent(Math.Max(16, rest.Length * 2));
                    Array.Copy(rest, larger, count);
                    Return(rest);
                    rest = larger;
                }

                rest[count++] = item;
            }
        }
        finally
        {
            Return(rest);
        }
    }

    /// <summary>Gives a pooled array back, cleared, so that the pool keeps no value read alive.</summary>
    private static void Return(T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array, clearArray: true);
        }
    }
}
