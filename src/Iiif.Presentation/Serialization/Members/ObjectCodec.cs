using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>An object of the model that is not a resource (a metadata entry, an image size, a selector),
/// read and written through its <see cref="Shape{TOwner}"/>.</summary>
/// <typeparam name="T">The class.</typeparam>
internal sealed class ObjectCodec<T> : Codec<T>
    where T : class, IJsonObject
{
    private readonly ObjectFactory<T> _create;
    private readonly Func<T, Shape<T>> _shape;

    /// <summary>Initializes the codec.</summary>
    /// <param name="create">Makes the object for the JSON object a copy of the reader is on.</param>
    /// <param name="shape">Returns the shape of an object.</param>
    public ObjectCodec(ObjectFactory<T> create, Func<T, Shape<T>> shape)
    {
        _create = create;
        _shape = shape;
    }

    /// <inheritdoc/>
    public override bool TryRead(ref Utf8JsonReader reader, Slot slot, [MaybeNullWhen(false)] out T value)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            value = null;
            return false;
        }

        value = _create(reader);
        IiifReader.ReadObject(ref reader, value, _shape(value), slot);
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, IiifProperty property) =>
        IiifWriter.WriteObject(writer, value, _shape(value));
}

/// <summary>Makes the object of the model for a JSON object.</summary>
/// <typeparam name="T">The class.</typeparam>
/// <param name="probe">A copy of the reader on the object's <c>StartObject</c>, passed by value.</param>
/// <returns>The object, empty.</returns>
internal delegate T ObjectFactory<T>(Utf8JsonReader probe);
