using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Iiif.Presentation;

/// <summary>
/// Represents a language map: text in one or more languages, as used by <c>label</c>,
/// <c>summary</c> and the <c>label</c> and <c>value</c> of metadata entries.
/// </summary>
/// <remarks>
/// <para>Spec: <see href="https://iiif.io/api/presentation/3.0/#44-language-of-property-values"/>.</para>
/// <para>
/// Keys are BCP 47 language tags, or <c>none</c> (<see cref="NoLanguage"/>) for text without a
/// language; each key holds a list of strings. Keys keep the order in which they were read or added.
/// Keys are compared ordinally, as JSON does: <c>en</c> and <c>EN</c> are two keys.
/// </para>
/// <para>
/// Reading is lenient and keeps the shape it read: a plain string where a map belongs
/// (<c>"label": "Title"</c>) becomes a map with one <c>none</c> value and <see cref="IsPlainString"/>
/// set, and a single string where a list belongs (<c>{"en": "Title"}</c>) is kept as such. Both are
/// written back as they came; the validator reports them.
/// </para>
/// <para>
/// Not thread-safe for writes; concurrent reads of an unchanging map are safe. A string read from a
/// JSON array of one is stored without a list, and the list is created the first time the map hands
/// it out; threads that ask at the same moment may each get their own list, with the same strings.
/// </para>
/// </remarks>
[DebuggerDisplay("Count = {Count}")]
public sealed class LanguageMap : IDictionary<string, IList<string>>, IReadOnlyDictionary<string, IList<string>>
{
    /// <summary>The key for text without a language: <c>none</c>.</summary>
    public const string NoLanguage = "none";

    // The first language is stored inline and the others in arrays, so the common map of one language
    // allocates nothing but itself. A value is an IList<string>, or a string that stands for a list of
    // that one string as read from JSON: the list is created when the public API first hands it out.
    private string? _firstKey;
    private object? _firstValue;
    private string[]? _restKeys;
    private object[]? _restValues;
    private int _count;

    /// <summary>Initializes an empty map.</summary>
    public LanguageMap()
    {
    }

    /// <summary>Initializes a map with one or more strings in one language.</summary>
    /// <param name="language">A BCP 47 tag, or <see cref="NoLanguage"/>.</param>
    /// <param name="values">The strings.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public LanguageMap(string language, params string[] values)
        : this()
    {
        Guard.NotNull(language);

        Guard.NotNull(values);

        Add(language, new OneOrMany<string>(values));
    }

    /// <summary>
    /// Gets or sets whether the map is written as a plain JSON string, as it was read. Only a map that
    /// holds exactly one string under <see cref="NoLanguage"/> is written so; any other content is
    /// written as a map.
    /// </summary>
    public bool IsPlainString { get; set; }

    /// <summary>Gets the number of languages.</summary>
    public int Count => _count;

    /// <summary>Gets the languages, in order.</summary>
    public ICollection<string> Keys
    {
        get
        {
            string[] keys = new string[_count];
            for (int i = 0; i < _count; i++)
            {
                keys[i] = KeyAt(i);
            }

            return keys;
        }
    }

    /// <summary>Gets the lists of strings, in the order of <see cref="Keys"/>.</summary>
    public ICollection<IList<string>> Values
    {
        get
        {
            var values = new IList<string>[_count];
            for (int i = 0; i < _count; i++)
            {
                values[i] = ValueAt(i);
            }

            return values;
        }
    }

    IEnumerable<string> IReadOnlyDictionary<string, IList<string>>.Keys => Keys;

    IEnumerable<IList<string>> IReadOnlyDictionary<string, IList<string>>.Values => Values;

    bool ICollection<KeyValuePair<string, IList<string>>>.IsReadOnly => false;

    /// <summary>Gets or sets the strings of a language.</summary>
    /// <param name="key">A BCP 47 tag, or <see cref="NoLanguage"/>.</param>
    /// <exception cref="KeyNotFoundException">Getting a language the map does not have.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or the value is <see langword="null"/>.</exception>
    public IList<string> this[string key]
    {
        get
        {
            int index = IndexOfKey(key);
            if (index < 0)
            {
                throw new KeyNotFoundException($"The language map has no '{key}' entry.");
            }

            return ValueAt(index);
        }

        set
        {
            Guard.NotNull(value);

            int index = IndexOfKey(key);
            if (index < 0)
            {
                AddEntry(key, value);
            }
            else
            {
                SetValue(index, value);
            }
        }
    }

    /// <summary>Adds a string to a language, creating the language's list when needed.</summary>
    /// <param name="language">A BCP 47 tag, or <see cref="NoLanguage"/>.</param>
    /// <param name="value">The string.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>This overload makes collection initializers read well:
    /// <c>new LanguageMap { { "en", "Title" }, { "fr", "Titre" } }</c>.</remarks>
    public void Add(string language, string value)
    {
        Guard.NotNull(value);

        int index = IndexOfKey(language);
        if (index < 0)
        {
            AddEntry(language, new OneOrMany<string> { value });
        }
        else
        {
            ValueAt(index).Add(value);
        }
    }

    /// <summary>Adds a language with its list of strings.</summary>
    /// <param name="key">A BCP 47 tag, or <see cref="NoLanguage"/>.</param>
    /// <param name="value">The strings; the map keeps this list, not a copy.</param>
    /// <exception cref="ArgumentException">The map already has the language.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void Add(string key, IList<string> value)
    {
        Guard.NotNull(value);

        if (IndexOfKey(key) >= 0)
        {
            throw new ArgumentException($"The language map already has a '{key}' entry.", nameof(key));
        }

        AddEntry(key, value);
    }

    /// <summary>Returns whether the map has a language.</summary>
    /// <param name="key">A BCP 47 tag, or <see cref="NoLanguage"/>.</param>
    /// <returns><see langword="true"/> if the map has the language.</returns>
    public bool ContainsKey(string key) => IndexOfKey(key) >= 0;

    /// <summary>Gets the strings of a language if the map has it.</summary>
    /// <param name="key">A BCP 47 tag, or <see cref="NoLanguage"/>.</param>
    /// <param name="value">The strings, when found.</param>
    /// <returns><see langword="true"/> if the map has the language.</returns>
#if NETSTANDARD2_0
#pragma warning disable CS8767 // netstandard2.0's IDictionary has no [MaybeNullWhen]; the contract is the same.
#endif
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IList<string> value)
#if NETSTANDARD2_0
#pragma warning restore CS8767
#endif
    {
        int index = IndexOfKey(key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = ValueAt(index);
        return true;
    }

    /// <summary>Removes a language.</summary>
    /// <param name="key">A BCP 47 tag, or <see cref="NoLanguage"/>.</param>
    /// <returns><see langword="true"/> if the language was found and removed.</returns>
    public bool Remove(string key)
    {
        int index = IndexOfKey(key);
        if (index < 0)
        {
            return false;
        }

        for (int i = index; i < _count - 1; i++)
        {
            SetEntry(i, KeyAt(i + 1), RawValueAt(i + 1));
        }

        _count--;
        SetEntry(_count, null, null);
        return true;
    }

    /// <summary>Removes every language.</summary>
    public void Clear()
    {
        _firstKey = null;
        _firstValue = null;
        _restKeys = null;
        _restValues = null;
        _count = 0;
    }

    /// <summary>Returns an enumerator over the languages and their strings, in order.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<KeyValuePair<string, IList<string>>> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, IList<string>>(KeyAt(i), ValueAt(i));
        }
    }

    /// <summary>Returns the strings of the first language, joined, for debugging and display.</summary>
    /// <returns>The text, or an empty string when the map is empty.</returns>
    public override string ToString() =>
        _count == 0 ? string.Empty : RawValueAt(0) is string only ? only : string.Join(" ", (IList<string>)RawValueAt(0));

    void ICollection<KeyValuePair<string, IList<string>>>.Add(KeyValuePair<string, IList<string>> item) =>
        Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, IList<string>>>.Contains(KeyValuePair<string, IList<string>> item) =>
        TryGetValue(item.Key, out IList<string>? value) && ReferenceEquals(value, item.Value);

    void ICollection<KeyValuePair<string, IList<string>>>.CopyTo(KeyValuePair<string, IList<string>>[] array, int arrayIndex)
    {
        Guard.NotNull(array);

        if (arrayIndex < 0 || array.Length - arrayIndex < _count)
        {
            throw new ArgumentOutOfRangeException(nameof(arrayIndex));
        }

        for (int i = 0; i < _count; i++)
        {
            array[arrayIndex + i] = new KeyValuePair<string, IList<string>>(KeyAt(i), ValueAt(i));
        }
    }

    bool ICollection<KeyValuePair<string, IList<string>>>.Remove(KeyValuePair<string, IList<string>> item) =>
        TryGetValue(item.Key, out IList<string>? value) && ReferenceEquals(value, item.Value) && Remove(item.Key);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal string KeyAt(int index) => index == 0 ? _firstKey! : _restKeys![index - 1];

    /// <summary>Returns a language's value as stored: a string for a list of that one string that nobody
    /// asked for yet, otherwise the list. Reading through this creates nothing.</summary>
    internal object RawValueAt(int index) => index == 0 ? _firstValue! : _restValues![index - 1];

    /// <summary>Returns a language's list, creating it from a stored string the first time.</summary>
    internal IList<string> ValueAt(int index)
    {
        object raw = RawValueAt(index);
        if (raw is string only)
        {
            var list = new OneOrMany<string> { WriteWhenEmpty = true };
            list.Add(only);
            SetValue(index, list);
            return list;
        }

        return (IList<string>)raw;
    }

    /// <summary>Adds an entry without checking for an existing key; the reader checks duplicates itself.</summary>
    internal void AddEntry(string key, IList<string> value) => AddRaw(key, value);

    /// <summary>Adds an entry that holds one string read from a JSON array of one, without creating its
    /// list; the reader checks duplicates itself.</summary>
    internal void AddEntry(string key, string value) => AddRaw(key, value);

    private void AddRaw(string key, object value)
    {
        Guard.NotNull(key);

        if (_count > 0)
        {
            int rest = _count - 1;
            if (_restKeys is null || rest == _restKeys.Length)
            {
                int capacity = rest == 0 ? 1 : rest * 2;
                Array.Resize(ref _restKeys, capacity);
                Array.Resize(ref _restValues, capacity);
            }
        }

        SetEntry(_count, key, value);
        _count++;
    }

    private void SetValue(int index, object value) => SetEntry(index, KeyAt(index), value);

    private void SetEntry(int index, string? key, object? value)
    {
        if (index == 0)
        {
            _firstKey = key;
            _firstValue = value;
        }
        else
        {
            _restKeys![index - 1] = key!;
            _restValues![index - 1] = value!;
        }
    }

    private int IndexOfKey(string key)
    {
        Guard.NotNull(key);

        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(KeyAt(i), key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
