using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Iiif.Presentation.Serialization;

namespace Iiif.Presentation.Upgrading;

/// <summary>
/// Turns one Presentation 2.x document into 3.0 JSON (UPGRADE.md): a walk over the input that builds the
/// output tree, noting every place where a value does not carry over exactly.
/// </summary>
/// <remarks>
/// The output is built as JSON, not as model objects, and then read by <see cref="IiifJson"/>: the reader's
/// leniency and its keeping of unknown properties then apply unchanged, and the upgrader needs no second
/// copy of the model's rules. One instance upgrades one document; it is not thread-safe.
/// </remarks>
internal sealed partial class Upgrader
{
    private const string InvalidBase = "https://iiif-upgrade.invalid";

    /// <summary>Options for parsing parts of the input again: the input passed the reader's 256 levels, and
    /// System.Text.Json's default of 64 would refuse a deep part of it.</summary>
    private static readonly JsonDocumentOptions s_deep = new() { MaxDepth = 1024 };

    private readonly UpgradeOptions _options;
    private readonly List<UpgradeNote> _notes = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<JsonNode> _movedContexts = [];

    private Upgrader(UpgradeOptions options)
    {
        _options = options;
    }

    /// <summary>Upgrades a 2.x document.</summary>
    /// <param name="root">The document's root object.</param>
    /// <param name="options">The options.</param>
    /// <param name="contextInferred">Whether the document lacks the Presentation 2 context.</param>
    /// <param name="notes">The notes, in the order made.</param>
    /// <returns>The 3.0 JSON.</returns>
    public static JsonObject Run(JsonElement root, UpgradeOptions options, bool contextInferred, out List<UpgradeNote> notes)
    {
        var upgrader = new Upgrader(options);
        if (contextInferred)
        {
            upgrader.Note(UpgradeNoteCodes.ContextInferred, "", "",
                "The document has no Presentation 2 @context; its sc:/oa: types say it is Presentation 2.");
        }

        JsonObject result = upgrader.UpgradeTop(root);
        notes = upgrader._notes;
        return result;
    }

    // ---- pointers and notes ---------------------------------------------------------------------

    /// <summary>Where the walk is: the input pointer, the output pointer, and the id minted ids derive from.</summary>
    private readonly record struct At(Ptr In, Ptr Out, string? Base)
    {
        public At Prop(string inKey, string outKey) => new(In.Key(inKey), Out.Key(outKey), Base);

        public At Prop(string key) => Prop(key, key);

        public At Index(int inIndex, int outIndex) => new(In.Index(inIndex), Out.Index(outIndex), Base);

        public At InIndex(int inIndex) => new(In.Index(inIndex), Out, Base);

        public At InProp(string inKey) => new(In.Key(inKey), Out, Base);

        public At OutProp(string outKey) => new(In, Out.Key(outKey), Base);

        public At OutIndex(int outIndex) => new(In, Out.Index(outIndex), Base);

        public At WithBase(string? id) => id is null ? this : new(In, Out, WithoutFragment(id));
    }

    /// <summary>
    /// A JSON Pointer built only when a note needs it: the walk visits every property, but few of them make
    /// a note, so joining strings at every step would cost more than the rest of the upgrade.
    /// </summary>
    private sealed class Ptr
    {
        private readonly Ptr? _parent;
        private readonly string? _key;
        private readonly int _index;
        private string? _text;

        private Ptr(string text) => _text = text;

        private Ptr(Ptr parent, string? key, int index)
        {
            _parent = parent;
            _key = key;
            _index = index;
        }

        /// <summary>Gets whether this is the whole document (<c>""</c>).</summary>
        public bool IsRoot => _parent is null && _text!.Length == 0;

        public Ptr Key(string key) => new(this, key, 0);

        public Ptr Index(int index) => new(this, null, index);

        public override string ToString() =>
            _text ??= _key is null ? Child(_parent!.ToString(), _index) : Child(_parent!.ToString(), _key);

        public static implicit operator string(Ptr pointer) => pointer.ToString();

        public static implicit operator Ptr(string text) => new(text);
    }

    private static string Child(string pointer, string key) =>
        pointer + "/" + JsonPointer.Escape(key);

    private static string Child(string pointer, int index) =>
        pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, UpgradeNoteSeverity> s_severities = BuildSeverities();

    private static Dictionary<string, UpgradeNoteSeverity> BuildSeverities()
    {
        var map = new Dictionary<string, UpgradeNoteSeverity>(StringComparer.Ordinal);
        foreach (string code in new[]
        {
            UpgradeNoteCodes.LabelMissing, UpgradeNoteCodes.ValueDropped, UpgradeNoteCodes.ValueInvalid,
            UpgradeNoteCodes.LicenseToMetadata, UpgradeNoteCodes.ProviderSynthesized, UpgradeNoteCodes.SequenceDropped,
            UpgradeNoteCodes.SequenceConflict, UpgradeNoteCodes.SequenceExternal, UpgradeNoteCodes.CanvasAppended,
            UpgradeNoteCodes.RangeShared, UpgradeNoteCodes.MemberDuplicate, UpgradeNoteCodes.PagingKept,
            UpgradeNoteCodes.LayerPages, UpgradeNoteCodes.SelectorUnknown, UpgradeNoteCodes.ClosedClassExtension,
        })
        {
            map[code] = UpgradeNoteSeverity.Warning;
        }

        map[UpgradeNoteCodes.OutputInvalid] = UpgradeNoteSeverity.Error;
        map[UpgradeNoteCodes.NotV2] = UpgradeNoteSeverity.Error;
        return map;
    }

    /// <summary>The severity of a note code (UPGRADE.md §5).</summary>
    internal static UpgradeNoteSeverity SeverityOf(string code) =>
        s_severities.TryGetValue(code, out UpgradeNoteSeverity severity) ? severity : UpgradeNoteSeverity.Info;

    private void Note(string code, string inPointer, string? outPointer, string message, JsonElement? original = null) =>
        _notes.Add(new UpgradeNote(code, SeverityOf(code), inPointer, outPointer, message, original?.Clone()));

    private void Note(string code, At at, string message, JsonElement? original = null) =>
        Note(code, at.In, at.Out, message, original);

    /// <summary>
    /// Converts the items of a value 2.x wants as a list, or a lone value in its place: <paramref name="convert"/>
    /// gets each item, where it is (its input index; its output index is the count so far) and its 1-based
    /// output position, and returns the node to add, or <see langword="null"/> to leave it out.
    /// </summary>
    private static JsonArray Collect(JsonElement value, At at, Func<JsonElement, At, int, JsonNode?> convert)
    {
        var result = new JsonArray();
        int index = 0;
        bool array = value.ValueKind == JsonValueKind.Array;
        foreach (JsonElement item in Items(value))
        {
            At itemAt = array ? at.Index(index, result.Count) : at.OutIndex(result.Count);
            index++;
            if (convert(item, itemAt, result.Count + 1) is { } node)
            {
                result.Push(node);
            }
        }

        return result;
    }

    /// <summary>Notes a lone value where 2.x requires a list (<c>canvases</c>, <c>images</c>, …): it is read as a list of one.</summary>
    private void NoteLone(JsonElement value, string inPointer, string? outPointer, string property)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Note(UpgradeNoteCodes.ValueCoerced, inPointer, outPointer, $"\"{property}\" must be a list, but is {Kind(value.ValueKind)}; it was read as a list of one.");
        }
    }

    // ---- ids ------------------------------------------------------------------------------------

    /// <summary>Records every id of the input, so that minted ids never clash with one.</summary>
    private void CollectIds(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if ((property.NameEquals("@id") || property.NameEquals("id")) && property.Value.ValueKind == JsonValueKind.String)
                {
                    _ids.Add(property.Value.GetString()!);
                }
                else
                {
                    CollectIds(property.Value);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                CollectIds(item);
            }
        }
    }

    /// <summary>Mints <c>{base}/{kind}/{n}</c>, with <c>-2</c>, <c>-3</c>… on a clash (UPGRADE.md §2.1).</summary>
    private string Mint(At at, string kind, int position, string what)
    {
        string id = MintQuiet(at, kind, position);
        Note(UpgradeNoteCodes.IdMinted, at.In, Child(at.Out, "id"), $"The {what} had no id; it was given {id}.");
        return id;
    }

    /// <summary>Mints an id without a note, for callers that say more in their own.</summary>
    private string MintQuiet(At at, string kind, int position)
    {
        string stem = $"{at.Base ?? DefaultBase}/{kind}/{position.ToString(CultureInfo.InvariantCulture)}";
        string id = stem;
        for (int n = 2; !_ids.Add(id); n++)
        {
            id = stem + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return id;
    }

    /// <summary>The base of minted ids, and of relative ones, where no enclosing id gives one.</summary>
    private string DefaultBase => string.IsNullOrEmpty(_options.MintBase) ? InvalidBase : _options.MintBase!.TrimEnd('/');

    private static string WithoutFragment(string id)
    {
        int hash = id.IndexOf('#');
        return hash < 0 ? id : id.Substring(0, hash);
    }

    // ---- small JSON helpers ---------------------------------------------------------------------

    /// <summary>The values of a property the specification wants as an array, or of a lone value.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in value.EnumerateArray())
            {
                yield return item;
            }
        }
        else
        {
            yield return value;
        }
    }

    private static string? StringOf(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The input id of an object (<c>@id</c>, else <c>id</c>) or a bare URI string.</summary>
    private static string? IdOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Object => StringOf(element, "@id") ?? StringOf(element, "id"),
        _ => null,
    };

    private static string Trimmed(string value) => value.Trim();


    /// <summary>Copies an input value as it is; a repeated key inside it is noted, not lost.</summary>
    private JsonNode? Copy(JsonElement element, string inPointer) => element.ValueKind switch
    {
        JsonValueKind.Object => CopyObject(element, inPointer),
        JsonValueKind.Array => CopyArray(element, inPointer),
        JsonValueKind.Null => null,
        // No clone: the output is written out before the input document is disposed (IiifUpgrader.FromV2).
        _ => JsonValue.Create(element),
    };

    private JsonObject CopyObject(JsonElement element, string inPointer)
    {
        var result = new JsonObject();
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (result.ContainsKey(property.Name))
            {
                Note(UpgradeNoteCodes.ValueDropped, Child(inPointer, property.Name), null,
                    $"The key \"{property.Name}\" is repeated; the first value was kept.", property.Value);
                continue;
            }

            result[property.Name] = Copy(property.Value, Child(inPointer, property.Name));
        }

        return result;
    }

    private JsonArray CopyArray(JsonElement element, string inPointer)
    {
        var result = new JsonArray();
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            result.Add(Copy(item, Child(inPointer, index++)));
        }

        return result;
    }

    /// <summary>The text of a node, or <see langword="null"/> when it is not a string (never a cast that throws).</summary>
    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    /// <summary>The integer of a node, or <see langword="null"/> when it is not one.</summary>
    private static int? Int(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out int number) ? number : null;

    private static string Kind(JsonValueKind kind) => Serialization.JsonKinds.Describe(kind);
}

/// <summary>Adds nodes to a <see cref="JsonArray"/> without the generic, reflection-based overload.</summary>
internal static class JsonArrayExtensions
{
    public static void Push(this JsonArray array, JsonNode? node) => array.Add(node);
}
