using System.Text;

namespace Iiif.Presentation.Serialization.Reading;

/// <summary>
/// Works out where in a document an error happened: its JSON path and its line and byte. Only runs
/// after something went wrong, by walking the text again up to the failing byte, so reading pays
/// nothing for it.
/// </summary>
internal static class JsonLocation
{
    /// <summary>Returns the JSON path (<c>$.items[3].label</c>) of the value or name at an offset.</summary>
    public static string FindPath(ReadOnlySpan<byte> utf8, long offset, int maxDepth) =>
        Format(Walk(utf8, offset, maxDepth));

    /// <summary>Returns the JSON Pointer (<c>/items/3/label</c>) of the value or name at an offset.</summary>
    public static string FindPointer(ReadOnlySpan<byte> utf8, long offset, int maxDepth)
    {
        var pointer = new StringBuilder();
        foreach (Frame frame in Walk(utf8, offset, maxDepth))
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                pointer.Append('/').Append(frame.Index);
            }
            else if (!frame.IsArray && frame.Name is not null)
            {
                pointer.Append('/').Append(JsonPointer.Escape(frame.Name));
            }
        }

        return pointer.ToString();
    }

    private static List<Frame> Walk(ReadOnlySpan<byte> utf8, long offset, int maxDepth)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read())
            {
                JsonTokenType token = reader.TokenType;
                if (frames.Count > 0)
                {
                    Frame top = frames[frames.Count - 1];
                    if (top.IsArray && token != JsonTokenType.EndArray)
                    {
                        top.Index++;
                    }
                    else if (!top.IsArray && token == JsonTokenType.PropertyName)
                    {
                        top.Name = reader.GetString();
                    }
                }

                // Stop on the token that holds the offset (or the first one after it).
                if (reader.BytesConsumed > offset)
                {
                    break;
                }

                switch (token)
                {
                    case JsonTokenType.StartObject:
                        frames.Add(new Frame(isArray: false));
                        break;
                    case JsonTokenType.StartArray:
                        frames.Add(new Frame(isArray: true));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        EndValue(frames);
                        break;
                    case JsonTokenType.String:
                    case JsonTokenType.Number:
                    case JsonTokenType.True:
                    case JsonTokenType.False:
                    case JsonTokenType.Null:
                        EndValue(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The walk stops where the text stops being JSON: that is the place.
        }
        catch (InvalidOperationException)
        {
            // A property name that cannot be decoded: the path so far is the best there is.
        }

        return frames;
    }

    /// <summary>A value of an object is complete: what follows belongs to the object, not to that value.</summary>
    private static void EndValue(List<Frame> frames)
    {
        if (frames.Count > 0 && !frames[frames.Count - 1].IsArray)
        {
            frames[frames.Count - 1].Name = null;
        }
    }

    /// <summary>Returns the line and the byte in that line of an offset, both counting from 0.</summary>
    public static (long Line, long BytePositionInLine) LineAndColumn(ReadOnlySpan<byte> utf8, long offset)
    {
        int end = (int)Math.Min(Math.Max(offset, 0), utf8.Length);
        ReadOnlySpan<byte> before = utf8.Slice(0, end);
        long line = 0;
        int lastNewLine = -1;
        for (int i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n')
            {
                line++;
                lastNewLine = i;
            }
        }

        return (line, end - lastNewLine - 1);
    }

    /// <summary>Returns the offset of a line and a byte in it, both counting from 0.</summary>
    public static long Offset(ReadOnlySpan<byte> utf8, long line, long bytePositionInLine)
    {
        long currentLine = 0;
        int i = 0;
        while (currentLine < line && i < utf8.Length)
        {
            int next = utf8.Slice(i).IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            i += next + 1;
            currentLine++;
        }

        return Math.Min(i + bytePositionInLine, utf8.Length);
    }

    private static string Format(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (Frame frame in frames)
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    path.Append('[').Append(frame.Index).Append(']');
                }
            }
            else if (frame.Name is not null)
            {
                if (IsPlainName(frame.Name))
                {
                    path.Append('.').Append(frame.Name);
                }
                else
                {
                    path.Append("['").Append(frame.Name.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
                }
            }
        }

        return path.ToString();
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '@'))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }
}
