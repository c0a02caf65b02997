using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A <c>navPlace</c>: an object read as a <see cref="FeatureCollection"/> whatever its <c>type</c>
/// says (a wrong one is kept, for the validator to report); any other value stays raw.</summary>
internal sealed class FeatureCollectionCodec : Codec<FeatureCollection>
{
    private FeatureCollectionCodec()
    {
    }

    /// <summary>Gets the instance.</summary>
    public static FeatureCollectionCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override bool TryRead(ref Utf8JsonReader reader, Slot slot, [MaybeNullWhen(false)] out FeatureCollection value)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            value = null;
            return false;
        }

        value = new FeatureCollection();
        IiifReader.ReadProperties(ref reader, value, slot);
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FeatureCollection value, IiifProperty property) =>
        IiifWriter.WriteResource(writer, value);
}
