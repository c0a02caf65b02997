using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation.Serialization.Members;

/// <summary>A language map (<c>{"en": ["…"]}</c>); a plain string is kept as one.</summary>
internal sealed class LanguageMapCodec : Codec<LanguageMap>
{
    private LanguageMapCodec()
    {
    }

    /// <summary>Gets the instance.</summary>
    public static LanguageMapCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override bool TryRead(ref Utf8JsonReader reader, Slot slot, [MaybeNullWhen(false)] out LanguageMap value) =>
        (value = IiifReader.ReadLanguageMap(ref reader)) is not null;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LanguageMap value, IiifProperty property)
    {
        if (value.IsPlainString && value.Count == 1 && value.KeyAt(0) == LanguageMap.NoLanguage && OnlyString(value.RawValueAt(0)) is { } plain)
        {
            writer.WriteStringValue(plain);
            return;
        }

        writer.WriteStartObject();
        for (int i = 0; i < value.Count; i++)
        {
            writer.WritePropertyName(value.KeyAt(i));
            if (value.RawValueAt(i) is string only)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(only);
                writer.WriteEndArray();
            }
            else
            {
                ListWriting.WriteStrings(writer, (IList<string>)value.RawValueAt(i));
            }
        }

        writer.WriteEndObject();

        static string? OnlyString(object raw) => raw is IList<string> { Count: 1 } list ? list[0] : raw as string;
    }
}
