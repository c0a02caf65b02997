using System.Text;

namespace Iiif.Presentation.Vocabulary;

/// <summary>
/// A read-only map from UTF-8 keys to values that the reader can consult with the bytes it is on, without
/// making a string: open addressing over <see cref="Utf8Hash"/>, built once from the vocabulary's lists.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>Thread-safe once built: lookups only read.</remarks>
internal sealed class Utf8Table<T>
{
    private readonly byte[]?[] _keys;
    private readonly T[] _values;
    private readonly int _mask;

    /// <summary>Builds a table; a key given twice keeps its first value.</summary>
    /// <param name="entries">The keys and their values.</param>
    public Utf8Table(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var list = new List<KeyValuePair<byte[], T>>();
        foreach (KeyValuePair<string, T> entry in entries)
        {
            byte[] key = Encoding.UTF8.GetBytes(entry.Key);
            MaxKeyLength = Math.Max(MaxKeyLength, key.Length);
            list.Add(new KeyValuePair<byte[], T>(key, entry.Value));
        }

        // A power of two at least four times the entries keeps probe runs short.
        int size = 16;
        while (size < list.Count * 4)
        {
            size *= 2;
        }

        _keys = new byte[size][];
        _values = new T[size];
        _mask = size - 1;
        foreach (KeyValuePair<byte[], T> entry in list)
        {
            int slot = Utf8Hash.Of(entry.Key) & _mask;
            while (_keys[slot] is { } taken)
            {
                if (taken.AsSpan().SequenceEqual(entry.Key))
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }

            if (_keys[slot] is null)
            {
                _keys[slot] = entry.Key;
                _values[slot] = entry.Value;
                Count++;
            }
        }
    }

    /// <summary>Gets the number of keys.</summary>
    public int Count { get; }

    /// <summary>Gets the length in bytes of the longest key; longer input is never in the table.</summary>
    public int MaxKeyLength { get; }

    /// <summary>Looks a key up by its UTF-8 bytes.</summary>
    public bool TryGetValue(ReadOnlySpan<byte> key, out T value)
    {
        if (key.Length <= MaxKeyLength)
        {
            int slot = Utf8Hash.Of(key) & _mask;
            while (_keys[slot] is { } candidate)
            {
                if (key.SequenceEqual(candidate))
                {
                    value = _values[slot];
                    return true;
                }

                slot = (slot + 1) & _mask;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Looks a key up by its text.</summary>
    public bool TryGetValue(string key, out T value)
    {
        // A string's UTF-8 has at least as many bytes as the string has chars.
        if (key.Length > MaxKeyLength)
        {
            value = default!;
            return false;
        }

        Span<byte> utf8 = stackalloc byte[key.Length * 3];
        return TryGetValue(utf8.Slice(0, Encode(key, utf8)), out value);
    }

    private static int Encode(string key, Span<byte> utf8)
    {
#if NETSTANDARD2_0
        byte[] bytes = Encoding.UTF8.GetBytes(key);
        bytes.CopyTo(utf8);
        return bytes.Length;
#else
        return Encoding.UTF8.GetBytes(key, utf8);
#endif
    }
}
