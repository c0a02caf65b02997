namespace Iiif.Presentation.Serialization.Members;

/// <summary>A value of a closed set kept as a <c>readonly struct</c> over its string (<see cref="Behavior"/>,
/// <see cref="Motivation"/>, <see cref="ViewingDirection"/>, <see cref="TimeMode"/>).</summary>
/// <typeparam name="T">The struct.</typeparam>
internal sealed class TermCodec<T> : Codec<T>
    where T : struct
{
    private readonly Func<string, T> _create;
    private readonly Func<T, string?> _value;

    /// <summary>Initializes the codec.</summary>
    /// <param name="create">Makes a value from its string.</param>
    /// <param name="value">Returns a value's string.</param>
    public TermCodec(Func<string, T> create, Func<T, string?> value)
    {
        _create = create;
        _value = value;
    }

    /// <inheritdoc/>
    public override bool TryRead(ref Utf8JsonReader reader, Slot slot, out T value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = default;
            return false;
        }

        value = _create(WellKnownStrings.Get(ref reader));
        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, IiifProperty property)
    {
        if (_value(value) is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
