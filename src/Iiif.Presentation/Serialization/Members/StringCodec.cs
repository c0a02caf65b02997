using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A JSON string.</summary>
internal sealed class StringCodec : Codec<string>
{
    private readonly StringSharing _sharing;

    private StringCodec(StringSharing sharing) => _sharing = sharing;

    /// <summary>How strings that recur in a document are shared.</summary>
    private enum StringSharing
    {
        None,
        Vocabulary,
        Id,
    }

    /// <summary>Gets the codec for free text and URIs: each read makes a new string.</summary>
    public static StringCodec Text { get; } = new(StringSharing.None);

    /// <summary>Gets the codec for vocabulary values (types, formats, profiles): well-known values are shared.</summary>
    public static StringCodec Vocabulary { get; } = new(StringSharing.Vocabulary);

    /// <summary>Gets the codec for the ids that recur across a document (a Canvas's, a service's): each is read once.</summary>
    public static StringCodec SharedId { get; } = new(StringSharing.Id);

    /// <inheritdoc/>
    public override bool TryRead(ref Utf8JsonReader reader, Slot slot, [MaybeNullWhen(false)] out string value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = null;
            return false;
        }

        value = _sharing switch
        {
            StringSharing.Vocabulary => WellKnownStrings.Get(ref reader),
            StringSharing.Id => SharedIds.Get(ref reader),
            _ => Utf8Text.GetString(ref reader),
        };
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, IiifProperty property) => writer.WriteStringValue(value);
}
