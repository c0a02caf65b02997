using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Robustness;

/// <summary>The kinds of damage the robustness tests do to a valid document.</summary>
public enum BadInputKind
{
    // Edits of one value, made in the parsed document; the first are the shared ones.
    Delete = JsonMutations.ValueEdit.Delete,
    Null = JsonMutations.ValueEdit.Null,
    ToString = JsonMutations.ValueEdit.ToString,
    ToNumber = JsonMutations.ValueEdit.ToNumber,
    ToObject = JsonMutations.ValueEdit.ToObject,
    ToArray = JsonMutations.ValueEdit.ToArray,
    Wrap = JsonMutations.ValueEdit.Wrap,
    ToBoolean,
    HugeNumber,
    TinyNumber,
    LongInteger,
    BeyondInt64,
    NegativeZero,
    EscapedLoneSurrogate,
    DeepNesting,
    DuplicateKey,

    // Edits of the bytes, made after writing the document.
    Truncate,
    FlipBits,
    Bom,
    BomInMiddle,
    InvalidUtf8,
    Empty,
    WhitespaceOnly,
}

/// <summary>One edit: its kind, and a number that picks where (and how deep, which byte, …).</summary>
public readonly record struct BadInputEdit(BadInputKind Kind, int Pick)
{
    public override string ToString() => $"{Kind}@{Pick}";
}

/// <summary>Applies <see cref="BadInputEdit"/>s to a JSON document.</summary>
public static class BadInput
{
    private static readonly int[] s_depths = [100, 255, 256, 257, 300, 10_000];

    private static readonly byte[][] s_invalidUtf8 =
    [
        [0xFF],
        [0x80],
        [0xC0, 0x80],
        [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80],
        [0xE2, 0x82],
    ];

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    /// <summary>Applies the value edits to the parsed document, writes it indented, then applies the byte
    /// edits in order.</summary>
    public static byte[] Apply(string json, IEnumerable<BadInputEdit> edits)
    {
        JsonNode root = JsonNode.Parse(json)!;
        var raw = new List<(string Marker, string Text)>();
        List<BadInputEdit> all = edits.ToList();
        foreach (BadInputEdit edit in all.Where(e => e.Kind < BadInputKind.Truncate))
        {
            EditValue(root, edit, raw);
        }

        string text = root.ToJsonString(s_indented);
        foreach ((string marker, string replacement) in raw)
        {
            // A later edit may have removed the marker, or copied it.
            text = text.Replace(marker, replacement, StringComparison.Ordinal);
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text);
        foreach (BadInputEdit edit in all.Where(e => e.Kind >= BadInputKind.Truncate))
        {
            bytes = EditBytes(bytes, edit);
        }

        return bytes;
    }

    private static void EditValue(JsonNode root, BadInputEdit edit, List<(string Marker, string Text)> raw)
    {
        List<JsonNode> values = JsonMutations.Values(root);
        int pick = edit.Pick;
        if (edit.Kind == BadInputKind.DuplicateKey)
        {
            List<JsonObject> objects = [root as JsonObject ?? new JsonObject(), .. values.OfType<JsonObject>().Where(o => o.Count > 0)];
            JsonObject obj = objects[pick % objects.Count];
            if (obj.Count == 0)
            {
                return;
            }

            KeyValuePair<string, JsonNode?> property = obj.ElementAt(pick / objects.Count % obj.Count);
            string copy = Marker(raw);
            obj[copy] = property.Value?.DeepClone();
            raw.Add(($"\"{copy}\"", JsonValue.Create(property.Key).ToJsonString()));
            return;
        }

        if (values.Count == 0)
        {
            return;
        }

        JsonNode target = values[pick % values.Count];
        if (edit.Kind <= BadInputKind.Wrap)
        {
            JsonMutations.Edit(target, (JsonMutations.ValueEdit)edit.Kind, pick % 2 == 0 ? -1.5 : 12, new JsonObject { ["type"] = "Mutated" });
            return;
        }

        if (edit.Kind == BadInputKind.ToBoolean)
        {
            JsonMutations.Replace(target, JsonValue.Create(pick % 2 == 0));
            return;
        }

        string rawText = edit.Kind switch
        {
            BadInputKind.HugeNumber => pick % 2 == 0 ? "1e400" : "-1.7976931348623157e309",
            BadInputKind.TinyNumber => pick % 2 == 0 ? "1E-400" : "-4.9e-325",
            BadInputKind.LongInteger => (pick % 2 == 0 ? "" : "-") + "9" + new string('8', 299),
            BadInputKind.BeyondInt64 => pick % 2 == 0 ? "9223372036854775808" : "18446744073709551616",
            BadInputKind.NegativeZero => pick % 2 == 0 ? "-0" : "-0.0",
            BadInputKind.EscapedLoneSurrogate => pick % 2 == 0 ? "\"a\\ud800b\"" : "\"\\udc00\"",
            _ => Nested(s_depths[pick % s_depths.Length], pick / s_depths.Length % 2 == 0),
        };
        string marker = Marker(raw);
        JsonMutations.Replace(target, JsonValue.Create(marker));
        raw.Add(($"\"{marker}\"", rawText));
    }

    private static byte[] EditBytes(byte[] bytes, BadInputEdit edit)
    {
        int pick = edit.Pick;
        int at = pick % (bytes.Length + 1);
        switch (edit.Kind)
        {
            case BadInputKind.Truncate:
                return bytes.AsSpan(0, Math.Min(at, Math.Max(bytes.Length - 1, 0))).ToArray();
            case BadInputKind.FlipBits:
                if (bytes.Length == 0)
                {
                    return bytes;
                }

                byte[] flipped = (byte[])bytes.Clone();
                flipped[pick % bytes.Length] ^= (byte)(1 << (pick / bytes.Length % 8));
                return flipped;
            case BadInputKind.Bom:
                return [0xEF, 0xBB, 0xBF, .. bytes];
            case BadInputKind.BomInMiddle:
                return Insert(bytes, at, [0xEF, 0xBB, 0xBF]);
            case BadInputKind.InvalidUtf8:
                return Insert(bytes, at, s_invalidUtf8[pick % s_invalidUtf8.Length]);
            case BadInputKind.Empty:
                return [];
            default:
                return " \r\n\t "u8.ToArray();
        }
    }

    /// <summary>Gets <paramref name="depth"/> nested arrays (<c>[[…]]</c>) or objects (<c>{"a":{…}}</c>).</summary>
    public static string Nested(int depth, bool arrays)
    {
        var text = new StringBuilder(depth * 6);
        for (int i = 0; i < depth; i++)
        {
            text.Append(arrays ? "[" : "{\"a\":");
        }

        text.Append('1');
        for (int i = 0; i < depth; i++)
        {
            text.Append(arrays ? ']' : '}');
        }

        return text.ToString();
    }

    /// <summary>Gets <paramref name="depth"/> Ranges, each the only item of the one above.</summary>
    public static string NestedRanges(int depth)
    {
        var text = new StringBuilder(depth * 32);
        for (int i = 0; i < depth; i++)
        {
            text.Append("{\"type\": \"Range\", \"items\": [");
        }

        return text.Insert(text.Length, "]}", depth).ToString();
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) =>
        [.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)];

    private static string Marker(List<(string Marker, string Text)> raw) => $"@@bad-input-{raw.Count}@@";
}
