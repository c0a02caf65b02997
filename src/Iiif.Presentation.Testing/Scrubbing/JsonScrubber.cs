using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;

namespace Iiif.Presentation.Testing.Scrubbing;

/// <summary>
/// Applies scrubbers to a JSON text token by token and splices the replacements into the original bytes, so
/// everything that is not scrubbed (layout, key order, escapes, comments) stays exactly as it was.
/// </summary>
internal static class JsonScrubber
{
    private static readonly JsonReaderOptions s_readerOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    // The escaping of IiifJson's canonical output: non-ASCII text is written as it is.
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static byte[] Scrub(byte[] utf8Json, IList<IiifScrubber> scrubbers)
    {
        if (scrubbers.Count == 0)
        {
            return utf8Json;
        }

        var placeholders = new Placeholders();
        var edits = new List<(int Start, int End, byte[] Token)>();
        var path = new List<string>();
        var containers = new List<int>(); // per open container: the next array index, or -1 for an object
        string? key = null;

        var reader = new Utf8JsonReader(utf8Json, s_readerOptions);
        while (reader.Read())
        {
            JsonTokenType token = reader.TokenType;
            if (token == JsonTokenType.PropertyName)
            {
                key = reader.GetString();
                continue;
            }

            if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.RemoveAt(containers.Count - 1);
                if (containers.Count > 0)
                {
                    path.RemoveAt(path.Count - 1);
                }

                continue;
            }

            string? segment = null;
            if (containers.Count > 0)
            {
                int next = containers[containers.Count - 1];
                if (next >= 0)
                {
                    segment = next.ToString(CultureInfo.InvariantCulture);
                    containers[containers.Count - 1] = next + 1;
                }
                else
                {
                    segment = key;
                }
            }

            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                if (segment is not null)
                {
                    path.Add(segment);
                }

                containers.Add(token == JsonTokenType.StartArray ? 0 : -1);
                continue;
            }

            if (token is not (JsonTokenType.String or JsonTokenType.Number))
            {
                continue;
            }

            bool isString = token == JsonTokenType.String;
            string original = isString ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
            if (segment is not null)
            {
                path.Add(segment);
            }

            string value = original;
            bool changed = false;
            foreach (IiifScrubber scrubber in scrubbers)
            {
                if (scrubber.Apply(path, value, isString || changed, placeholders) is { } scrubbed)
                {
                    value = scrubbed;
                    changed = true;
                }
            }

            if (segment is not null)
            {
                path.RemoveAt(path.Count - 1);
            }

            if (changed)
            {
                edits.Add(((int)reader.TokenStartIndex, (int)reader.BytesConsumed, StringToken(value)));
            }
        }

        return edits.Count == 0 ? utf8Json : Splice(utf8Json, edits);
    }

    private static byte[] StringToken(string value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_writerOptions))
        {
            writer.WriteStringValue(value);
        }

        return stream.ToArray();
    }

    private static byte[] Splice(byte[] original, List<(int Start, int End, byte[] Token)> edits)
    {
        using var result = new MemoryStream(original.Length);
        int copied = 0;
        foreach ((int start, int end, byte[] token) in edits)
        {
            result.Write(original, copied, start - copied);
            result.Write(token, 0, token.Length);
            copied = end;
        }

        result.Write(original, copied, original.Length - copied);
        return result.ToArray();
    }
}
