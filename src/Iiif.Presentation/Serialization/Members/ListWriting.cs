namespace Iiif.Presentation.Serialization.Members;

/// <summary>How a list is written: as the lone value it was read as, or as an array.</summary>
internal static class ListWriting
{
    /// <summary>Returns whether a list is written as its one value rather than an array of one.</summary>
    public static bool AsSingleValue<T>(IList<T> values) => values is OneOrMany<T> { IsSingleValue: true, Count: 1 };

    /// <summary>Writes strings, a lone one as read; a <see langword="null"/> entry as <c>null</c>.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, IList<string> values)
    {
        bool single = AsSingleValue(values);
        if (!single)
        {
            writer.WriteStartArray();
        }

        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                writer.WriteStringValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        if (!single)
        {
            writer.WriteEndArray();
        }
    }
}
