namespace Iiif.Presentation.Serialization.Members;

/// <summary>JSON numbers: integers that fit an <see cref="int"/> or a <see cref="long"/>, and decimals a
/// <see cref="double"/> holds exactly; any other number stays raw, so no digit is lost.</summary>
/// <typeparam name="T">The numeric type.</typeparam>
internal sealed class NumberCodec<T> : Codec<T>
    where T : struct
{
    private readonly NumberReader _read;
    private readonly Action<Utf8JsonWriter, T, IiifProperty> _write;

    /// <summary>Initializes the codec.</summary>
    /// <param name="read">Reads a number as <typeparamref name="T"/>.</param>
    /// <param name="write">Writes a value.</param>
    internal NumberCodec(NumberReader read, Action<Utf8JsonWriter, T, IiifProperty> write)
    {
        _read = read;
        _write = write;
    }

    /// <summary>Reads a number as <typeparamref name="T"/>, or returns <see langword="null"/> when it does not fit.</summary>
    internal delegate T? NumberReader(ref Utf8JsonReader reader);

    /// <inheritdoc/>
    public override bool TryRead(ref Utf8JsonReader reader, Slot slot, out T value)
    {
        T? read = _read(ref reader);
        value = read.GetValueOrDefault();
        return read.HasValue;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, IiifProperty property) => _write(writer, value, property);
}
