using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A GeoJSON object the model types, where no other class fits: a <c>navPlace</c>'s
/// <see cref="FeatureCollection"/>, a <see cref="Feature"/> of its <c>features</c>. An object is read as
/// <typeparamref name="T"/> whatever its <c>type</c> says (a wrong one is kept, for the validator to report); any
/// other value stays raw.</summary>
/// <typeparam name="T">The class.</typeparam>
internal sealed class GeoJsonCodec<T> : Codec<T>
    where T : ContentResource, new()
{
    private GeoJsonCodec()
    {
    }

    /// <summary>Gets the instance.</summary>
    public static GeoJsonCodec<T> Instance { get; } = new();

    /// <inheritdoc/>
    public override bool TryRead(ref Utf8JsonReader reader, Slot slot, [MaybeNullWhen(false)] out T value)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            value = null;
            return false;
        }

        value = new T();
        IiifReader.ReadProperties(ref reader, value, slot);
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, IiifProperty property) =>
        IiifWriter.WriteResource(writer, value);
}
