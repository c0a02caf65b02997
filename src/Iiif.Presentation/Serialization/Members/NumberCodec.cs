using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Iiif.Presentation.Serialization.Reading;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>JSON numbers: integers that fit an <see cref="int"/> or a <see cref="long"/>, and decimals a
/// <see cref="double"/> holds exactly; any other number stays raw, so no digit is lost.</summary>
internal static class NumberCodec
{
    /// <summary>Gets the codec for <see cref="int"/> values.</summary>
    public static Codec<int> Int { get; } = new IntCodec();

    /// <summary>Gets the codec for <see cref="long"/> values.</summary>
    public static Codec<long> Long { get; } = new LongCodec();

    /// <summary>Gets the codec for <see cref="double"/> values.</summary>
    public static Codec<double> Double { get; } = new DoubleCodec();

    private sealed class IntCodec : Codec<int>
    {
        public override bool TryRead(ref Utf8JsonReader reader, Slot slot, out int value)
        {
            int? read = IiifReader.ReadInt(ref reader);
            value = read.GetValueOrDefault();
            return read is not null;
        }

        public override void Write(Utf8JsonWriter writer, int value, IiifProperty property) => writer.WriteNumberValue(value);
    }

    private sealed class LongCodec : Codec<long>
    {
        public override bool TryRead(ref Utf8JsonReader reader, Slot slot, out long value)
        {
            long? read = IiifReader.ReadLong(ref reader);
            value = read.GetValueOrDefault();
            return read is not null;
        }

        public override void Write(Utf8JsonWriter writer, long value, IiifProperty property) => writer.WriteNumberValue(value);
    }

    private sealed class DoubleCodec : Codec<double>
    {
        public override bool TryRead(ref Utf8JsonReader reader, Slot slot, out double value)
        {
            double? read = IiifReader.ReadDouble(ref reader);
            value = read.GetValueOrDefault();
            return read is not null;
        }

        public override void Write(Utf8JsonWriter writer, double value, IiifProperty property)
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
}
