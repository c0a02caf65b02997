using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Iiif.Presentation.Serialization.Reading;

namespace Iiif.Presentation.Serialization.Writing;

/// <summary>
/// Writes the model as canonical JSON (<c>docs/design-notes.md</c>, principle 3): properties in one fixed order, then the
/// extension data in the order read; unset properties left out; shapes that were read (a lone value, a
/// bare URI string, an empty array) given back.
/// </summary>
/// <remarks>Stateless; safe to use from many threads on different writers.</remarks>
internal static partial class IiifWriter
{
    private static void WriteString(Utf8JsonWriter w, PropertyId id, string? value, ref WriteState written)
    {
        if (value is not null)
        {
            w.WriteString(JsonNames.Get(id), value);
            written.Add(id);
        }
        else
        {
            written.WriteRaw(w, id);
        }
    }

    private static void WriteInt(Utf8JsonWriter w, PropertyId id, int? value, ref WriteState written)
    {
        if (value is not null)
        {
            w.WriteNumber(JsonNames.Get(id), value.Value);
            written.Add(id);
        }
        else
        {
            written.WriteRaw(w, id);
        }
    }

    private static void WriteLong(Utf8JsonWriter w, PropertyId id, long? value, ref WriteState written)
    {
        if (value is not null)
        {
            w.WriteNumber(JsonNames.Get(id), value.Value);
            written.Add(id);
        }
        else
        {
            written.WriteRaw(w, id);
        }
    }

    private static void WriteDouble(Utf8JsonWriter w, PropertyId id, double? value, ref WriteState written)
    {
        if (value is not null)
        {
            if (double.IsNaN(value.Value) || double.IsInfinity(value.Value))
            {
                ThrowNotFinite(id, value.Value);
            }

            w.WriteNumber(JsonNames.Get(id), value.Value);
            written.Add(id);
        }
        else
        {
            written.WriteRaw(w, id);
        }
    }

    // Utf8JsonWriter's own message for this speaks of JsonSerializer options, which do not apply here.
    [DoesNotReturn]
    private static void ThrowNotFinite(PropertyId id, double value) =>
        throw new ArgumentException(
            $"The '{PropertyNames.GetName(id)}' value {value.ToString(CultureInfo.InvariantCulture)} cannot be written: " +
            "JSON has no NaN or infinity. Set a finite number, or null to leave the property out.");

    private static void WriteLanguageMap(Utf8JsonWriter w, PropertyId id, LanguageMap? map, ref WriteState written)
    {
        if (map is not null)
        {
            w.WritePropertyName(JsonNames.Get(id));
            WriteLanguageMapValue(w, map);
            written.Add(id);
        }
        else
        {
            written.WriteRaw(w, id);
        }
    }

    private static void WriteLanguageMapValue(Utf8JsonWriter w, LanguageMap map)
    {
        if (map.IsPlainString && map.Count == 1 && map.KeyAt(0) == LanguageMap.NoLanguage && OnlyString(map.RawValueAt(0)) is { } plain)
        {
            w.WriteStringValue(plain);
            return;
        }

        w.WriteStartObject();
        for (int i = 0; i < map.Count; i++)
        {
            w.WritePropertyName(map.KeyAt(i));
            if (map.RawValueAt(i) is string only)
            {
                w.WriteStartArray();
                w.WriteStringValue(only);
                w.WriteEndArray();
            }
            else
            {
                WriteStringListValue(w, (IList<string>)map.RawValueAt(i));
            }
        }

        w.WriteEndObject();

        static string? OnlyString(object raw) => raw is IList<string> { Count: 1 } list ? list[0] : raw as string;
    }

    private static void WriteStringList(Utf8JsonWriter w, PropertyId id, OneOrMany<string>? list, ref WriteState written)
    {
        if (IiifResource.Has(list))
        {
            w.WritePropertyName(JsonNames.Get(id));
            WriteStringListValue(w, list!);
            written.Add(id);
        }
        else
        {
            written.WriteRaw(w, id);
        }
    }

    private static void WriteStringListValue(Utf8JsonWriter w, IList<string> values)
    {
        if (values is OneOrMany<string> { IsSingleValue: true, Count: 1 })
        {
            WriteStringOrNull(w, values[0]);
            return;
        }

        w.WriteStartArray();
        for (int i = 0; i < values.Count; i++)
        {
            WriteStringOrNull(w, values[i]);
        }

        w.WriteEndArray();
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string? value)
    {
        if (value is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStringValue(value);
        }
    }

    private static void WriteBehaviors(Utf8JsonWriter w, OneOrMany<Behavior>? list, ref WriteState written)
    {
        if (IiifResource.Has(list))
        {
            w.WritePropertyName(JsonNames.Get(PropertyId.Behavior));
            bool single = list!.IsSingleValue && list.Count == 1;
            if (!single)
            {
                w.WriteStartArray();
            }

            foreach (Behavior value in list)
            {
                WriteStringOrNull(w, value.Value);
            }

            if (!single)
            {
                w.WriteEndArray();
            }

            written.Add(PropertyId.Behavior);
        }
        else
        {
            written.WriteRaw(w, PropertyId.Behavior);
        }
    }

    private static void WriteMotivations(Utf8JsonWriter w, OneOrMany<Motivation>? list, ref WriteState written)
    {
        if (IiifResource.Has(list))
        {
            w.WritePropertyName(JsonNames.Get(PropertyId.Motivation));
            bool single = list!.IsSingleValue && list.Count == 1;
            if (!single)
            {
                w.WriteStartArray();
            }

            foreach (Motivation value in list)
            {
                WriteStringOrNull(w, value.Value);
            }

            if (!single)
            {
                w.WriteEndArray();
            }

            written.Add(PropertyId.Motivation);
        }
        else
        {
            written.WriteRaw(w, PropertyId.Motivation);
        }
    }

    private static void WriteIntList(Utf8JsonWriter w, PropertyId id, OneOrMany<int>? list, ref WriteState written)
    {
        if (IiifResource.Has(list))
        {
            w.WritePropertyName(JsonNames.Get(id));
            if (list!.IsSingleValue && list.Count == 1)
            {
                w.WriteNumberValue(list[0]);
            }
            else
            {
                w.WriteStartArray();
                foreach (int value in list)
                {
                    w.WriteNumberValue(value);
                }

                w.WriteEndArray();
            }

            written.Add(id);
        }
        else
        {
            written.WriteRaw(w, id);
        }
    }

    private static void WriteMetadataList(Utf8JsonWriter w, OneOrMany<MetadataEntry>? list, ref WriteState written)
    {
        if (IiifResource.Has(list))
        {
            w.WritePropertyName(JsonNames.Get(PropertyId.Metadata));
            bool single = list!.IsSingleValue && list.Count == 1;
            if (!single)
            {
                w.WriteStartArray();
            }

            foreach (MetadataEntry entry in list)
            {
                WriteMetadataEntryValue(w, entry);
            }

            if (!single)
            {
                w.WriteEndArray();
            }

            written.Add(PropertyId.Metadata);
        }
        else
        {
            written.WriteRaw(w, PropertyId.Metadata);
        }
    }

    private static void WriteMetadataEntryValue(Utf8JsonWriter w, MetadataEntry? entry)
    {
        if (entry is null)
        {
            w.WriteNullValue();
            return;
        }

        var written = new WriteState(entry.Extensions);
        w.WriteStartObject();
        WriteLanguageMap(w, PropertyId.Label, entry.Label, ref written);
        WriteLanguageMap(w, PropertyId.Value, entry.Value, ref written);
        written.WriteExtensions(w, entry.Extensions);
        w.WriteEndObject();
    }
}
