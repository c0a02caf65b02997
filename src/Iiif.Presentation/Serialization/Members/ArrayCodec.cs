using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A JSON array whose items all have one shape (GeoJSON coordinates, which nest arrays, and a
/// GeometryCollection's geometries): any item the item codec cannot read leaves the whole array raw.</summary>
/// <typeparam name="T">The type of an item.</typeparam>
/// <param name="item">Reads and writes an item.</param>
internal sealed class ArrayCodec<T>(Codec<T> item) : Codec<IList<T>>
{
    /// <inheritdoc/>
    public override bool TryRead(ref Utf8JsonReader reader, Slot slot, [MaybeNullWhen(false)] out IList<T> value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        Utf8JsonReader start = reader;
        var list = new OneOrMany<T> { WriteWhenEmpty = true };
        while (true)
        {
            IiifReader.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                value = list;
                return true;
            }

            if (!item.TryRead(ref reader, slot, out T? one) || one is null)
            {
                reader = start;
                return false;
            }

            list.Add(one);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IList<T> value, IiifProperty property)
    {
        writer.WriteStartArray();
        foreach (T one in value)
        {
            item.Write(writer, one, property);
        }

        writer.WriteEndArray();
    }

    /// <summary>Returns a list to write, or <see langword="null"/> for none or for an empty list made on first
    /// use but never filled (one read, or one the caller asks for, is written even when empty).</summary>
    public static IList<T>? Written(IList<T>? list) =>
        list is null || (list.Count == 0 && list is OneOrMany<T> { WriteWhenEmpty: false }) ? null : list;
}
