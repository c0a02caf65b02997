using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>The codecs of the numbers the model holds.</summary>
internal static class NumberCodecs
{
    /// <summary>Gets the codec for <see cref="int"/> values.</summary>
    public static NumberCodec<int> Int { get; } = new(IiifReader.ReadInt, (w, v, _) => w.WriteNumberValue(v));

    /// <summary>Gets the codec for <see cref="long"/> values.</summary>
    public static NumberCodec<long> Long { get; } = new(IiifReader.ReadLong, (w, v, _) => w.WriteNumberValue(v));

    /// <summary>Gets the codec for <see cref="double"/> values; NaN and infinities cannot be written.</summary>
    public static NumberCodec<double> Double { get; } = new(IiifReader.ReadDouble, WriteFinite);

    /// <summary>Writes a double, which must be finite: JSON has no NaN or infinity.</summary>
    private static void WriteFinite(Utf8JsonWriter writer, double value, IiifProperty property)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            ThrowNotFinite(property, value);
        }

        writer.WriteNumberValue(value);
    }

    // Utf8JsonWriter's own message for this speaks of JsonSerializer options, which do not apply here.
    [DoesNotReturn]
    private static void ThrowNotFinite(IiifProperty property, double value) =>
        throw new ArgumentException(
            $"The '{property.Name}' value {value.ToString(CultureInfo.InvariantCulture)} cannot be written: " +
            "JSON has no NaN or infinity. Set a finite number, or null to leave the property out.");
}
