using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>An object of the Web Annotation model that may also be given as a bare URI string (an agent, a
/// stylesheet): a string is read as an object with only its id, and written back as a string while it has
/// nothing else.</summary>
/// <typeparam name="T">The class.</typeparam>
internal sealed class LinkedObjectCodec<T> : Codec<T>
    where T : class, IJsonObject
{
    private readonly ObjectCodec<T> _object;
    private readonly Func<string, T> _fromUri;
    private readonly Func<T, string?> _uriOf;
    private readonly Func<T, Shape<T>> _shape;

    /// <summary>Initializes the codec.</summary>
    /// <param name="create">Makes the object for the JSON object a copy of the reader is on.</param>
    /// <param name="shape">Returns the shape of an object.</param>
    /// <param name="fromUri">Makes the object for a bare URI string.</param>
    /// <param name="uriOf">Returns the URI to write as a bare string, or <see langword="null"/> when the object
    /// was not read from one.</param>
    public LinkedObjectCodec(ObjectFactory<T> create, Func<T, Shape<T>> shape, Func<string, T> fromUri, Func<T, string?> uriOf)
    {
        _object = new ObjectCodec<T>(create, shape);
        _shape = shape;
        _fromUri = fromUri;
        _uriOf = uriOf;
    }

    /// <inheritdoc/>
    public override bool TryRead(ref Utf8JsonReader reader, Slot slot, [MaybeNullWhen(false)] out T value)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            value = _fromUri(Utf8Text.GetString(ref reader));
            return true;
        }

        return _object.TryRead(ref reader, slot, out value);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, IiifProperty property)
    {
        if (_uriOf(value) is { } uri && value.Extensions is not { Count: > 0 } && !_shape(value).HasAnyButId(value))
        {
            writer.WriteStringValue(uri);
            return;
        }

        _object.Write(writer, value, property);
    }
}
