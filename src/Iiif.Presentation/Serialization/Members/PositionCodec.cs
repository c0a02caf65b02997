namespace Iiif.Presentation.Serialization.Members;

/// <summary>A GeoJSON position: an array of two or three numbers a <see cref="double"/> holds exactly.</summary>
internal sealed class PositionCodec : Codec<Position>
{
    private PositionCodec()
    {
    }

    /// <summary>Gets the instance.</summary>
    public static PositionCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override bool TryRead(ref Utf8JsonReader reader, Slot slot, out Position value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        Utf8JsonReader start = reader;
        Span<double> numbers = stackalloc double[3];
        int count = 0;
        while (true)
        {
            IiifReader.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (count == 3 || IiifReader.ReadDouble(ref reader) is not { } number)
            {
                reader = start;
                return false;
            }

            numbers[count++] = number;
        }

        if (count < 2)
        {
            reader = start;
            return false;
        }

        value = count == 3 ? new Position(numbers[0], numbers[1], numbers[2]) : new Position(numbers[0], numbers[1]);
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Position value, IiifProperty property)
    {
        writer.WriteStartArray();
        NumberCodecs.Double.Write(writer, value.Longitude, property);
        NumberCodecs.Double.Write(writer, value.Latitude, property);
        if (value.Altitude is { } altitude)
        {
            NumberCodecs.Double.Write(writer, altitude, property);
        }

        writer.WriteEndArray();
    }
}
