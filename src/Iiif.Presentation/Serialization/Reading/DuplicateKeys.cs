using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Iiif.Presentation.Serialization.Reading;

/// <summary>
/// Finds a key given twice in a value that is kept as raw JSON (an unknown property's object, a
/// profile's extra entries) or that the upgrader reads as a <see cref="JsonDocument"/>: neither checks
/// keys, and JSON parsers disagree on which copy wins.
/// </summary>
internal static class DuplicateKeys
{
    [ThreadStatic]
    private static List<HashSet<string>?>? t_levels;

    [ThreadStatic]
    private static List<HashSet<string>>? t_sets;

    /// <summary>
    /// Walks the value at the reader. When an object in it repeats a key, throws the reader's
    /// <see cref="JsonException"/> with the reader left on the second copy, so that the error is located
    /// there; otherwise puts the reader back where it was.
    /// </summary>
    public static void Check(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        Utf8JsonReader start = reader;

        // The keys of each open object, by nesting level below the value (null for an array); the sets
        // are reused from one object to the next at the same level, and by the thread's next call.
        List<HashSet<string>?> levels = t_levels ??= [];
        List<HashSet<string>> sets = t_sets ??= [];
        int depth = 0;
        do
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    HashSet<string>? keys = null;
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        while (sets.Count <= depth)
                        {
                            sets.Add(new HashSet<string>(StringComparer.Ordinal));
                        }

                        keys = sets[depth];
                        keys.Clear();
                    }

                    if (levels.Count <= depth)
                    {
                        levels.Add(keys);
                    }
                    else
                    {
                        levels[depth] = keys;
                    }

                    depth++;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    depth--;
                    break;
                case JsonTokenType.PropertyName:
                    if (!levels[depth - 1]!.Add(reader.GetString()!))
                    {
                        IiifReader.ThrowDuplicate(reader.GetString()!);
                    }

                    break;
            }
        }
        while (depth > 0 && reader.Read());

        // Keep no document's keys alive on the thread.
        foreach (HashSet<string> set in sets)
        {
            set.Clear();
        }

        reader = start;
    }
}
