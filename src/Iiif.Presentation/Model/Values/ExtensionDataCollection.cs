using System.Collections;
using System.Diagnostics;
using System.Text;

namespace Iiif.Presentation;

/// <summary>
/// Holds the JSON properties of an object that the model has no typed member for, in the order
/// they were read.
/// </summary>
/// <remarks>
/// <para>
/// Extension properties (<c>navPlace</c>, <c>dcterms:created</c>, …), properties of later or
/// earlier versions of the spec, and properties on a type that does not define them are all kept
/// here and written back after the typed properties (<c>docs/design-notes.md</c>, principles 2 and 3). So is a known
/// property whose value has a shape the model cannot hold (<c>"width": "1200"</c>,
/// <c>"id": null</c>): its typed member stays unset and the value waits here, untouched, for the
/// validator to report it. If the typed member is set later, the typed value is written and this one
/// is not.
/// </para>
/// <para>Values are stored as <see cref="JsonElement"/>s that own their data (see
/// <see cref="JsonElement.Clone"/>), so they outlive the document they came from.</para>
/// <para>Names are compared ordinally. Not thread-safe for writes; concurrent reads are safe.</para>
/// </remarks>
[DebuggerDisplay("Count = {Count}")]
public sealed class ExtensionDataCollection : IReadOnlyList<KeyValuePair<string, JsonElement>>
{
    private readonly List<KeyValuePair<string, JsonElement>> _entries = new(2);

    /// <summary>Gets the number of properties.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the property at an index.</summary>
    /// <param name="index">The zero-based index.</param>
    public KeyValuePair<string, JsonElement> this[int index] => _entries[index];

    /// <summary>Gets or sets the value of a property by name.</summary>
    /// <param name="name">The JSON property name.</param>
    /// <exception cref="KeyNotFoundException">Getting a property that is not here.</exception>
    /// <exception cref="ArgumentException">Setting a value whose kind is <see cref="JsonValueKind.Undefined"/>, or in
    /// which an object gives a key twice.</exception>
    /// <remarks>Setting a new name appends it; setting an existing name replaces its value in place.</remarks>
    public JsonElement this[string name]
    {
        get => TryGetValue(name, out JsonElement value)
            ? value
            : throw new KeyNotFoundException($"There is no extension property '{name}'.");

        set
        {
            JsonElement owned = Own(value);
            int index = IndexOf(name);
            if (index < 0)
            {
                _entries.Add(new KeyValuePair<string, JsonElement>(name, owned));
            }
            else
            {
                _entries[index] = new KeyValuePair<string, JsonElement>(name, owned);
            }
        }
    }

    /// <summary>Adds a property at the end.</summary>
    /// <param name="name">The JSON property name.</param>
    /// <param name="value">The value; it is cloned if it belongs to a disposable document.</param>
    /// <exception cref="ArgumentException">The name is already here, the value is undefined, or an object in it
    /// gives a key twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public void Add(string name, JsonElement value)
    {
        if (IndexOf(name) >= 0)
        {
            throw new ArgumentException($"There is already an extension property '{name}'.", nameof(name));
        }

        _entries.Add(new KeyValuePair<string, JsonElement>(name, Own(value)));
    }

    /// <summary>Gets the value of a property if it is here.</summary>
    /// <param name="name">The JSON property name.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns><see langword="true"/> if the property is here.</returns>
    public bool TryGetValue(string name, out JsonElement value)
    {
        int index = IndexOf(name);
        value = index < 0 ? default : _entries[index].Value;
        return index >= 0;
    }

    /// <summary>Returns whether a property is here.</summary>
    /// <param name="name">The JSON property name.</param>
    /// <returns><see langword="true"/> if the property is here.</returns>
    public bool ContainsKey(string name) => IndexOf(name) >= 0;

    /// <summary>Removes a property.</summary>
    /// <param name="name">The JSON property name.</param>
    /// <returns><see langword="true"/> if the property was found and removed.</returns>
    public bool Remove(string name)
    {
        int index = IndexOf(name);
        if (index < 0)
        {
            return false;
        }

        _entries.RemoveAt(index);
        return true;
    }

    /// <summary>Removes every property.</summary>
    public void Clear() => _entries.Clear();

    /// <summary>Returns an enumerator over the properties, in order.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Appends a value the reader has already made owned; the reader checks duplicates itself.</summary>
    internal void AddOwned(string name, JsonElement value) =>
        _entries.Add(new KeyValuePair<string, JsonElement>(name, value));

    private int IndexOf(string name)
    {
        Guard.NotNull(name);

        for (int i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Key, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static JsonElement Own(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            throw new ArgumentException("An extension property needs a defined JSON value.", nameof(value));
        }

        RefuseDuplicateKeys(value);
        return value.Clone();
    }

    /// <summary>
    /// Throws if an object in the value gives a key twice: <see cref="IiifJson"/> refuses such JSON when it
    /// reads it, so it must not be written. A <see cref="JsonDocument"/> accepts it unless told otherwise.
    /// </summary>
    /// <remarks>The reader's own check (<see cref="DuplicateKeys"/>) runs over the value's text; it is
    /// iterative, so a value nested as deeply as its document allowed cannot overflow the stack.</remarks>
    private static void RefuseDuplicateKeys(JsonElement value)
    {
        if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            return;
        }

        byte[] utf8 = Encoding.UTF8.GetBytes(value.GetRawText());
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = int.MaxValue });
        reader.Read();
        try
        {
            DuplicateKeys.Check(ref reader);
        }
        catch (JsonException ex)
        {
            string path = JsonLocation.FindPath(utf8, reader.TokenStartIndex, int.MaxValue);
            throw new ArgumentException(
                $"The value gives the key '{reader.GetString()}' twice in one object (at {path}); IIIF readers refuse such JSON, and JSON parsers disagree on which copy wins.",
                nameof(value),
                ex);
        }
    }
}
