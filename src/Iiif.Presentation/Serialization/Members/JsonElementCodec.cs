namespace Iiif.Presentation.Serialization.Members;

/// <summary>Any JSON value, kept as read (a GeoJSON Feature's <c>properties</c>, a transformation's
/// <c>options</c>): members in their order, numbers as written.</summary>
internal sealed class JsonElementCodec : Codec<JsonElement>
{
    private JsonElementCodec()
    {
    }

    /// <summary>Gets the instance.</summary>
    public static JsonElementCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override bool TryRead(ref Utf8JsonReader reader, Slot slot, out JsonElement value)
    {
        DuplicateKeys.Check(ref reader);
        value = JsonElement.ParseValue(ref reader);
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, JsonElement value, IiifProperty property) => value.WriteTo(writer);
}
